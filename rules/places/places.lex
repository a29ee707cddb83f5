# rules/places/places.lex — analysts' corrections to the gazetteer.
#
# [aliases]: another spelling of a place already in the gazetteer:
#     <spelling> @<name in the gazetteer> [@<ISO2>]
#   The spelling then finds every place the target name finds (restricted to
#   the country if one is given), exactly like a GeoNames alternate name.
#
# [preferred names]: <id> = <name> replaces the displayed name of a place.
#   Without one, a place is reported by its GeoNames name written in English
#   letters: diacritics dropped ("Mazār-e Sharīf" -> "Mazar-e Sharif"), the
#   ayn marks dropped; GeoNames' own spelling stays in location.geonames_name.
#   A preferred name is for the rest: a French or scholarly transliteration
#   that wire copy and ACLED spell another way ("Aalma ech Chaab" ->
#   "Alma al-Shaab").
#
# example = <name> [@ISO2] => <name reported>, in [preferred names] or
#   [aliases]: `salvo test-rules` resolves the name (with the country as a
#   hint) and checks the name the place is reported by.
#
# [place <Name>]: a place missing from the gazetteer (or a better point for it):
#     country = ISO2            (required)
#     admin1 = CC.code or short name ("UA.05" or "Donetsk")
#     lat = 48.1234             (required, WGS84 decimal degrees)
#     lon = 37.5678             (required)
#     population = 1000         (optional; breaks ties between namesakes)
#     alt = Spelling one, Spelling two   (optional, comma-separated)
#     parent = City             (optional; for a neighbourhood: the city it belongs to)
#     kind = settlement | district | region (optional, default settlement; a region
#       that is no admin1 of its own, like Donbas, resolves with precision admin1)

[aliases]
example = Krivoi Rog => Kryvyi Rih
example = Bint Jbeil @LB => Bint Jbeil
# a spelling found only far abroad is looked for in the country by its consonants (names.lex
# [loose spelling]): no alias needed for these
example = Meles @SY => Millis
example = Sakhur @SY => Sukhur
# a place added below ([place Golan Heights]) is found by its alt names too
example = Golan @SY => Golan Heights
Kyiv City @Kyiv @UA
Kiev City @Kyiv @UA
Artemivsk @Bakhmut @UA
Artemovsk @Bakhmut @UA
Dnepr @Dnipro @UA
Dnepropetrovsk @Dnipro @UA
Kirovograd @Kropyvnytskyi @UA
Kirovohrad @Kropyvnytskyi @UA
Krivoi Rog @Kryvyi Rih @UA
Nikolaev @Mykolaiv @UA
Zaporozhye @Zaporizhzhia @UA
Zaporizhia @Zaporizhzhia @UA
Lugansk @Luhansk @UA
Severodonetsk @Sievierodonetsk @UA
Lisichansk @Lysychansk @UA
# the French-influenced spelling of wire copy ("the town of Boukamal on the Iraqi border"), which
# GeoNames gives only to a hamlet in Iraq
example = Boukamal @SY => Abu Kamal
Boukamal @Abu Kamal @SY
Albukamal @Abu Kamal @SY
# Damascus districts that Iran's village-level file has namesakes of (Barzeh, Kermanshah):
# reported as the city, like a neighbourhood ([place Mezze] below)
example = Barzeh @SY => Damascus
example = Mazzeh @SY => Damascus
Barzeh @Damascus @SY
Shujaiya @Ash Shuja'iyeh @PS
Shujaiyya @Ash Shuja'iyeh @PS
Shejaiya @Ash Shuja'iyeh @PS
# Lebanese towns in the spelling of wire copy (GeoNames keeps the French one)
Bint Jbeil @Bent Jbaïl @LB
Shmustar @Chmistâr @LB

[preferred names]
# <id> = <name>: the name analysts write for a place whose GeoNames name is a
# transliteration they do not use. The old name still finds the place.
example = Janīn @PS => Jenin
example = Aalma ech Chaab @LB => Alma al-Shaab
example = Bint Jbeil @LB => Bint Jbeil
example = Mazār-e Sharīf @AF => Mazar-e Sharif
example = Galilée @HT => Galilee
example = Dayr al Balaḩ @PS => Deir al-Balah
# West Bank and south Lebanon towns in the spelling of wire copy and ACLED
283506 = Jenin
# the Syrian border town of Abu Kamal (GeoNames: Ālbū Kamāl)
174448 = Abu Kamal
282457 = Qalqilya
276592 = Bint Jbeil
278832 = Naqoura
271226 = Marjayoun
277366 = Aitaroun
277369 = Aita al-Shaab
279633 = Alma al-Shaab
7869888 = Kfarshouba
281109 = Nuseirat
281124 = Khan Younis
281129 = Jabalia
281133 = Gaza City
281141 = Deir al-Balah
281145 = Beit Lahia
281146 = Beit Hanoun
281161 = Bureij
501175 = Rostov-on-Don
687700 = Zaporizhzhia
703845 = Kryvyi Rih
700569 = Mykolaiv
701845 = Marinka
692818 = Starokostiantyniv
689558 = Vinnytsia
712451 = Berdiansk
709932 = Kamianske
692975 = Kadiivka
707679 = Ilovaisk
699675 = Novoazovsk
707898 = Huliaipole
170017 = Hama
172955 = Raqqa
79415 = Hodeidah
278913 = Nabatieh
281102 = Rafah
705812 = Kropyvnytskyi

[place Dahiyeh]
# Beirut's southern suburbs (Haret Hreik), reported as Beirut.
country = LB
admin1 = LB.05
lat = 33.853
lon = 35.513
alt = Dahieh, Dahiya, Dahieh district
parent = Beirut
kind = district

[place Mezze]
# Damascus' south-western district (the military airport, embassies), reported as
# Damascus; Who's On First's point. GeoNames lacks it, and Iran's village-level file
# brings a "Mazeh" (Poshteh Mazej, Kerman) that took "Mazzeh" in Syrian stories.
country = SY
admin1 = SY.13
lat = 33.5158
lon = 36.2699
alt = Mazzeh, Mezzeh, Al-Mazzeh, Mazza
parent = Damascus
kind = district

[place Al Asad Airport]
# The airbase in Anbar (Ain al-Asad), a frequent target of drone and rocket attacks on
# US forces; not in GeoNames' settlements. The Israeli village 'Ein el Asad took its name.
country = IQ
admin1 = IQ.01
lat = 33.8
lon = 42.43333
alt = Ain al-Asad, Ain al Asad, Ayn al-Asad, Ayn al Asad, Al Asad Air Base, Al-Asad Airbase, Al Asad Airbase, Ain al-Asad Airbase, Ain al Asad Airbase, Ain al-Asad air base, Al-Asad air base
population = 5000

[place Golan Heights]
# no entry in the GeoNames files; "the Golan" is not El Golan in Mexico. Country as the
# law of nations has it, like Crimea (EVENTS.md): Syria, Quneitra governorate.
country = SY
admin1 = SY.03
lat = 33.0
lon = 35.75
alt = Golan, the Golan, Golan heights, occupied Golan
population = 50000
kind = region

[place Donbas]
# Donetsk and Luhansk oblasts together; the point is between the two regions' points.
country = UA
lat = 48.5
lon = 38.3
alt = Donbass, Donets Basin
kind = region
