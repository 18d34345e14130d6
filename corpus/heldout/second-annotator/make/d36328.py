from ann import *
build('orangesum-36328', {
 "dates":[D("mercredi 8 juillet",None,"2020-07-08"), D("mercredi","l'ONU mercredi","2020-07-08"),
   D("mars","en mars à","2020-03"), D("2018",None,"2018")],
 "countries":[],
 "officials":[O("Ghada Waly",None,"Ghada Waly","directrice générale de l'ONUDC","ONUDC")],
 "counts":[N("121 arrestations","121 arrestations dans le mondeUne",121,"arrestation"),
   N("90 pays",None,90,"pays"),
   N("121 arrestations","mars à 121 arrestations",121,"arrestation"),
   N("plus de 14 millions de dollars",None,14000000,"dollar","more_than","USD"),
   N("12 millions d'euros",None,12000000,"euro","exact","EUR"),
   N("environ 18%",None,18,"%","about"),
   N("plus de 100%",None,100,"%","more_than")],
 "commitments":[K("formation plus pointue",None,"training_capacity_building","called_for",None)],
})
