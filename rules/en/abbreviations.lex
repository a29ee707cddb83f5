# rules/en/abbreviations.lex — English words written with a full stop that does
# not end the sentence ("Gen. Smith", "the U.S. Army"). The sentence splitter
# reads every language folder's list. One abbreviation per line, as the news
# writes it; case is ignored and the final full stop may be left out. A
# single capital letter with a full stop (an initial, "J. Smith") never ends a
# sentence and needs no line.

[abbreviations]
# titles and ranks
Mr.
Mrs.
Ms.
Dr.
Prof.
Gen.
Lt.
Col.
Sgt.
Capt.
Maj.
Brig.
Adm.
Cpl.
Pvt.
Gov.
Sen.
Rep.
St.
Jr.
Sr.
# companies and numbers
Inc.
Co.
Corp.
Ltd.
No.
Nos.
vs.
# months
Jan.
Feb.
Mar.
Apr.
Aug.
Sep.
Sept.
Oct.
Nov.
Dec.
# other
approx.
est.
Dept.
# initialisms
U.S.
U.K.
U.N.
e.g.
i.e.
