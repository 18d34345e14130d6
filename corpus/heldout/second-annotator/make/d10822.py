from ann import *
build('orangesum-10822', {
 "dates":[D("1994","rwandais de 1994","1994"), D("samedi","déclaré samedi","2020-05-16"),
   D("2015","fermé en 2015","2015"), D("2017","fermé en 2017","2017"),
   D("1994","génocide de 1994. Il","1994"), D("samedi","arrestation samedi matin","2020-05-16")],
 "durations":[D("26 ans",None,"P26Y"), D("84 ans",None,"P84Y")],
 "countries":[C("France","L'arrestation en France","FRA"), C("rwandais",None,"RWA"),
   C("Rwanda","pour le Rwanda","RWA"), C("Tanzanie",None,"TZA"),
   C("françaises","autorités françaises qui","FRA"), C("française","loi française","FRA"),
   C("françaises","judiciaires françaises","FRA"), C("France","arrêté en France","FRA")],
 "officials":[O("Serge Brammertz",None,"Serge Brammertz","principal procureur du Mécanisme pour les tribunaux pénaux internationaux","MPTI")],
 "counts":[N("800.000 morts",None,800000,"mort"), N("sept chefs d'accusation",None,7,"chef d'accusation")],
 "commitments":[],
})
