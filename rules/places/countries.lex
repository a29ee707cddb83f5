# rules/places/countries.lex — country names, adjectives and demonyms -> ISO2.
#
# Every country's GeoNames name (countryInfo) is known without being listed.
# Sections are ISO 3166-1 alpha-2 codes; each term is one word or phrase that
# names the country or its people; "@name" marks the names of the country itself
# (places: "Ukraine @name"), the rest are adjectives and demonyms (not places).
# Matching ignores case and diacritics.

[UA]
Ukraine @name
Ukrainian
Ukrainians
[RU]
Russia @name
Russian
Russians
Russian Federation @name
[BY]
Belarusian
Belarusians
Belarussian
[PS]
Palestine @name
Palestinian
Palestinians
Palestinian Territories @name
State of Palestine @name
[IL]
Israeli
Israelis
[LB]
Lebanese
[SY]
Syrian
Syrians
[IQ]
Iraqi
Iraqis
[IR]
Iranian
Iranians
[YE]
Yemeni
Yemenis
[SA]
Saudi
Saudis
Saudi Arabian
[JO]
Jordanian
[EG]
Egyptian
Egyptians
[TR]
Turkish
Turk
Turks
Turkiye @name
Türkiye @name
[AF]
Afghan
Afghans
[PK]
Pakistani
Pakistanis
[IN]
Indian
[SD]
Sudanese
[SS]
South Sudanese
[SO]
Somali
Somalis
Somalian
[ET]
Ethiopian
Ethiopians
[KE]
Kenyan
[NG]
Nigerian
Nigerians
[ML]
Malian
[BF]
Burkinabe
Burkinabè
[NE]
Nigerien
[LY]
Libyan
Libyans
[MM]
Burma @name
Burmese
Myanmar's
[CD]
Congolese
DRC @name
DR Congo @name
Democratic Republic of Congo @name
[CF]
Central African
[MZ]
Mozambican
[HT]
Haitian
[US]
American
Americans
United States of America @name
USA @name
US @name
U.S. @name
U.S.A. @name
[GB]
Britain @name
British
Great Britain @name
UK @name
U.K. @name
[FR]
French
[DE]
German
Germans
[PL]
Polish
Poles
[MD]
Moldovan
[RO]
Romanian
[GE]
Georgian
[AM]
Armenian
[AZ]
Azerbaijani
Azeri
[CN]
Chinese
[KP]
North Korea @name
North Korean
[KR]
South Korea @name
South Korean
[QA]
Qatari
[AE]
Emirati
UAE @name
