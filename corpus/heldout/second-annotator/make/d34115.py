from ann import *
B=dict(title="Haute-Commissaire",org="ONU")
build('orangesum-34115', {
 "dates":[D("jeudi",None,"2020-08-06"), D("début avril",None,"2020-04"), D("11 avril",None,"2020-04-11"),
   D("2 juin dernier",None,"2020-06-02"), D("mars 2015",None,"2015-03")],
 "durations":[D("ces dernières semaines",None,"PXW"), D("cinq années",None,"P5Y")],
 "countries":[C("Yémen","journalistes au Yémen","YEM"), C("yéménite","peuple yéménite","YEM"),
   C("yéménite","vidéaste yéménite","YEM"), C("Yémen","sud du Yémen","YEM")],
 "officials":[O("Michelle Bachelet",None,"Michelle Bachelet",**B), O("Bachelet","Mme Bachelet","Michelle Bachelet",**B)],
 "counts":[N("un assassinat",None,1,"assassinat"), N("un enlèvement",None,1,"enlèvement"),
   N("trois cas d'arrestation et de détention arbitraires",None,3,"cas d'arrestation et de détention arbitraire"),
   N("quatre journalistes","mort de quatre journalistes",4,"journaliste"),
   N("six","de six autres",6,"journaliste"),
   N("trois agressions physiques",None,3,"agression physique"),
   N("quatre journalistes","sort des quatre journalistes",4,"journaliste"),
   N("357 violations des droits de l'homme et abus",None,357,"violation des droits de l'homme et abus"),
   N("28 meurtres",None,28,"meurtre")],
 "commitments":[],
})
