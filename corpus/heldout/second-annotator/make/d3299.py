from ann import *
build('orangesum-3299', {
 "dates":[D("jeudi","publié jeudi","2020-05-07"),
          D("mars et juin","entre mars et juin","2020-03/2020-06")],
 "countries":[C("Autriche",None,"AUT"),
   C("Afghanistan","L'Afghanistan a fermé","AFG"), C("Iran",None,"IRN"), C("Pakistan",None,"PAK"),
   C("Afghanistan","cultivé en Afghanistan","AFG"), C("Colombie",None,"COL"), C("Liban",None,"LBN"),
   C("Syrie",None,"SYR"), C("Bolivie",None,"BOL")],
 "officials":[],
 "counts":[N("90%",None,90,"%")],
 "commitments":[],
})
