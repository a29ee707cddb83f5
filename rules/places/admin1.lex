# rules/places/admin1.lex — first-level regions (admin1) as analysts name them.
#
# Keys are GeoNames admin1 codes "CC.code" (see admin1 lines in places.tsv.gz, or
# `zcat places.tsv.gz | grep '^A'`). A region not listed keeps its GeoNames
# name with a trailing "Oblast", "Governorate", "Province", "Region", "State",
# "Republic", "Krai"/"Kray" removed.

[short names]
# The admin1 field of every location: the short English name ("Donetsk", "Kyiv City").
UA.01 = Cherkasy
UA.02 = Chernihiv
UA.03 = Chernivtsi
UA.04 = Dnipropetrovsk
UA.05 = Donetsk
UA.06 = Ivano-Frankivsk
UA.07 = Kharkiv
UA.08 = Kherson
UA.09 = Khmelnytskyi
UA.10 = Kirovohrad
UA.11 = Crimea
UA.12 = Kyiv City
UA.13 = Kyiv
UA.14 = Luhansk
UA.15 = Lviv
UA.16 = Mykolaiv
UA.17 = Odesa
UA.18 = Poltava
UA.19 = Rivne
UA.20 = Sevastopol
UA.21 = Sumy
UA.22 = Ternopil
UA.23 = Vinnytsia
UA.24 = Volyn
UA.25 = Zakarpattia
UA.26 = Zaporizhzhia
UA.27 = Zhytomyr
RU.48 = Moscow
RU.47 = Moscow Oblast
RU.66 = Saint Petersburg
RU.42 = Leningrad
RU.61 = Rostov
RU.06 = Arkhangelsk
PS.GZ = Gaza Strip
PS.WE = West Bank
LB.04 = Beirut
LB.05 = Mount Lebanon
LB.06 = South
LB.07 = Nabatieh
LB.08 = Bekaa
LB.09 = North
LB.10 = Akkar
LB.11 = Baalbek-Hermel
SY.13 = Damascus
SY.08 = Rural Damascus
SY.04 = Raqqa
SY.05 = As-Suwayda
SY.01 = Al-Hasakah
IQ.12 = Karbala
IQ.06 = Babil
IQ.10 = Diyala
IQ.16 = Wasit
IQ.04 = Qadisiyah
AF.37 = Khost
AF.27 = Wardak
AF.33 = Sar-e Pol
AF.09 = Ghor
AF.39 = Uruzgan
IQ.17 = Najaf
IQ.11 = Erbil
IQ.03 = Muthanna
# GeoNames keeps French names for eastern DR Congo; analysts (ACLED, OCHA) write them in English
CD.11 = North Kivu
CD.12 = South Kivu
CD.26 = North Ubangi
CD.28 = South Ubangi
YE.04 = Hadramawt
YE.16 = Sanaa
SD.55 = North Darfur
SD.49 = South Darfur
SD.47 = West Darfur
SD.60 = East Darfur
SD.50 = South Kordofan

[display names]
# The name of a location that is a region alone ("Donetsk oblast" -> "Donetsk Oblast").
# A region not listed here is shown by its short name.
UA.01 = Cherkasy Oblast
UA.02 = Chernihiv Oblast
UA.03 = Chernivtsi Oblast
UA.04 = Dnipropetrovsk Oblast
UA.05 = Donetsk Oblast
UA.06 = Ivano-Frankivsk Oblast
UA.07 = Kharkiv Oblast
UA.08 = Kherson Oblast
UA.09 = Khmelnytskyi Oblast
UA.10 = Kirovohrad Oblast
UA.11 = Crimea
UA.12 = Kyiv City
UA.13 = Kyiv Oblast
UA.14 = Luhansk Oblast
UA.15 = Lviv Oblast
UA.16 = Mykolaiv Oblast
UA.17 = Odesa Oblast
UA.18 = Poltava Oblast
UA.19 = Rivne Oblast
UA.20 = Sevastopol
UA.21 = Sumy Oblast
UA.22 = Ternopil Oblast
UA.23 = Vinnytsia Oblast
UA.24 = Volyn Oblast
UA.25 = Zakarpattia Oblast
UA.26 = Zaporizhzhia Oblast
UA.27 = Zhytomyr Oblast
RU.09 = Belgorod Oblast
RU.10 = Bryansk Oblast
RU.41 = Kursk Oblast
RU.61 = Rostov Oblast

[region aliases]
# Other ways texts name a region: "<name> @CC.code". Matching ignores case,
# diacritics, apostrophes and a trailing "oblast/region/province/governorate".
Kharkov @UA.07
Kharkivska @UA.07
Kiev @UA.13
Kyivska @UA.13
Odessa @UA.17
Dnipro @UA.04
Dnepropetrovsk @UA.04
Kirovograd @UA.10
Kropyvnytskyi @UA.10
Zaporizhia @UA.26
Zaporozhye @UA.26
Zaporizhzhya @UA.26
Nikolaev @UA.16
Nikolayev @UA.16
Lugansk @UA.14
Transcarpathia @UA.25
Transcarpathian @UA.25
Khmelnytsky @UA.09
Khmelnitsky @UA.09
Chernigov @UA.02
Crimean peninsula @UA.11
Autonomous Republic of Crimea @UA.11
Gaza @PS.GZ
Gaza strip @PS.GZ
Judea and Samaria @PS.WE
Gaza envelope @IL.01
Rif Dimashq @SY.08
Damascus countryside @SY.08
Deir ez-Zor @SY.07
Deir al-Zour @SY.07
Deir Ezzor @SY.07
Hasakah @SY.01
Hasakeh @SY.01
Sweida @SY.05
Suwayda @SY.05
Quneitra @SY.03
Lattakia @SY.02
Tartous @SY.14
Baalbek @LB.11
Nabatiyeh @LB.07
Beqaa @LB.08
Anbar @IQ.01
Nineveh @IQ.15
Nineveh plains @IQ.15
Kurdistan @IQ.11
Salahuddin @IQ.18
Saladin @IQ.18
Hodeidah @YE.08
Taiz @YE.25
Saada @YE.15
Donetsk People's Republic @UA.05
DPR @UA.05
Luhansk People's Republic @UA.14
Lugansk People's Republic @UA.14
LPR @UA.14
Marib @YE.14
Northern Darfur @SD.55
Southern Darfur @SD.49
Western Darfur @SD.47
Eastern Darfur @SD.60
South Lebanon @LB.06
North Lebanon @LB.09
Sanaa City @YE.26
Gezira @SD.38

[regions, not towns]
# A name that, written bare, reporting uses for the region, not for the town
# of the same name: "<name> @CC.code". "Israeli strikes in Gaza" are in the
# Gaza Strip; Gaza City is written "Gaza City". Other shared names (Donetsk,
# Idlib, Kherson) are the town when bare, as [region or settlement] in
# namesakes.lex decides.
Gaza @PS.GZ
