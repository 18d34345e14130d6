from ann import *
build('orangesum-35628', {
 "dates":[D("cette semaine",None,"2020-W34"), D("année","naufrage de l'année","2020"),
   D("mercredi",None,"2020-08-19"), D("début de l'année",None,"2020")],
 "countries":[C("Libye","au large de la Libye dans","LBY"), C("Libye","Zwara (Libye)","LBY"),
   C("Sénégal",None,"SEN"), C("Mali",None,"MLI"), C("Tchad",None,"TCD"), C("Ghana",None,"GHA"),
   C("Libye","débarqués en Libye","LBY"), C("Libye","la Libye ne peut","LBY"), C("libyens",None,"LBY"),
   C("Libye","reconduites en Libye","LBY"), C("libyennes",None,"LBY")],
 "officials":[],
 "counts":[N("Au moins 45 migrants et réfugiés",None,45,"migrant et réfugié","at_least"),
   N("37 rescapés",None,37,"rescapé"),
   N("au moins 45 autres personnes",None,45,"personne","at_least"),
   N("deux agences onusiennes",None,2,"agence onusienne"),
   N("au moins 302",None,302,"migrant et réfugié","at_least"),
   N("plus de 7.000 personnes",None,7000,"personne","more_than"),
   N("deux agences","estimé les deux agences",2,"agence")],
 "commitments":[K("capacités de recherche et de secours",None,"safety_security","called_for",None)],
})
