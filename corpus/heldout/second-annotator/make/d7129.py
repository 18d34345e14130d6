from ann import *
H=dict(title="maréchal",org=None); G=dict(title="porte-parole des forces pro-GNA",org="GNA")
build('orangesum-7129', {
 "dates":[D("mercredi","annoncé mercredi","2020-06-03"), D("2014","depuis 2014","2014"),
   D("2014","Détruit en 2014","2014"), D("avril 2019",None,"2019-04"),
   D("mercredi","commencé mercredi matin","2020-06-03"), D("mercredi","assaut final mercredi","2020-06-03"),
   D("mois dernier",None,"2020-05"), D("2011",None,"2011")],
 "durations":[D("deux semaines","Depuis deux semaines","P2W"), D("année écoulée",None,"P1Y")],
 "countries":[C("libyen","Gouvernement libyen","LBY"), C("libyen","l'est libyen","LBY"),
   C("Libye",None,"LBY"), C("Emirats arabes unis",None,"ARE"), C("Russie",None,"RUS"), C("Turquie",None,"TUR")],
 "officials":[O("Khalifa Haftar",None,"Khalifa Haftar",**H), O("Mohamad Gnounou",None,"Mohamad Gnounou",**G),
   O("Haftar","forces pro-Haftar","Khalifa Haftar",**H), O("Haftar","milices de Haftar","Khalifa Haftar",**H),
   O("Gnounou","M. Gnounou","Mohamad Gnounou",**G), O("Haftar","maréchal Haftar","Khalifa Haftar",**H),
   O("Haftar","camp Haftar, à","Khalifa Haftar",**H), O("Mouammar Kadhafi",None,"Mouammar Kadhafi",None,"LBY"),
   O("Haftar","camp Haftar, et","Khalifa Haftar",**H)],
 "counts":[N("environ 20 kilomètres",None,20,"kilomètre","about"), N("140 kilomètres",None,140,"kilomètre"),
   N("quelque 200.000 personnes",None,200000,"personne","about")],
 "commitments":[],
})
