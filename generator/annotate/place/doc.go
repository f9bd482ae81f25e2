// Package place finds place names in text and resolves them to gazetteer entries.
//
// # Matching
//
// NewMatcher folds every gazetteer name (name, ASCII name, alternates, curated names, site aliases
// and custom places) to its matching key (see Key and normalize.go: NFKD, marks dropped, case
// folded, apostrophes removed, other punctuation a word break; a second key without a leading
// Arabic article; one more with each article inside the name written "al", as the press writes
// "Jisr al-Shughur" for Jisr ash Shughur) and inserts the key's words, joined without spaces,
// into one byte trie; an alternate name made only of generic words ("The City", which GeoNames
// gives Oakville, Connecticut) is left out (genericOnly). Resolve
// splits each segment into words the same way (a possessive 's ends a word) and walks the trie from
// each word start across word boundaries that are only spaces, hyphens or an abbreviation's dot, so
// "Deir Ezzor" = "Deir ez-Zor" and "al-Qā’im" = "Qaim". A country's name that begins with
// "Saint" is also keyed with "St" ("St. Lucia", "St Kitts and Nevis"; towns have such alternates
// already). A dot and a space after a word of two or more letters that is no abbreviation or
// rank end a sentence for the rules below ("near Quang Tri. Then": the next sentence's
// capitalised words make no longer name of it; fullStop). A dotted initialism takes its last dot
// into the name ("U.S.", "D.C."); a name with a dot only in an earlier word does not take the
// full stop after it ("toward St. Vincent." is "St. Vincent"; initialismDot).
// The longest name that passes the rules below wins (leftmost-longest); then nothing inside it is
// matched. A name followed by "province", "governorate", "state", "oblast", "region", ... is the
// first-level region ("Kirkuk province", "Donetsk region", "the Florida Panhandle"; "the Mosul
// region", with no region of that name, stays Mosul; "province" with no first-level region of the name is the second-level
// one: "Sulu province"; "prefecture" is a first-level region: "Aomori Prefecture"); by "district", "county", "Co.", ... a
// second-level region ("county" with no second-level region of the name is the first-level one:
// "Lamu county" in Kenya); by "city" or "town" the city. "border" or "frontier" may stand
// before a region's suffix ("the Kharkiv border region"; borderSuffix). A second-level region
// named "Saint X" is also keyed "St. X", and a list before a plural suffix goes on across the
// dot of "St." or "Ft." ("Lafourche, Terrebonne and St. Charles parishes"; nameAbbrs). Written with a capital, such a suffix
// makes no longer proper name of the name when the name has a region of its kind ("Donetsk
// Oblast"; suffixAhead). So is each name of a list that ends in a plural of these ("Cooke, Grayson and
// Love counties", "the Chernihiv and Sumy oblasts"; the plural stays out of the last name's
// mention: "Champasak" in "Savannakhet and Champasak provinces"); a lone name before such a plural, not the last
// of a list, is the place the regions lie around ("the metro Houston counties" is Houston, not
// Houston County). A second-level region named "X County", "X Parish" or "X Borough" is also keyed
// as "X", valid only before such a suffix or in such a list (unless the gazetteer gives "X" as a
// name of the region too: "Penghu" for Penghu County); a region named "Province of X",
// "Departamento de X", ... (regionOfHeads) is also keyed as "X", as its own name ("Batanes",
// "Palawan"). A name with a possessive "'s" at a word's end is also keyed with possessiveMark in
// its place, which the walk steps over only where the text has a possessive and a space
// (token.poss): "People's Republic of China" matches as written, and no other name runs across
// a possessive ("Nebraska-Lincoln's Center" is no Lincoln Center); a key that ends in the mark
// matches where the text ends the name with a possessive ("St. George's", "St. John's":
// possessiveEnd). A name ending in "AFB" is
// also keyed with "Air Force Base", and the other way round (airForceBaseVariant).
//
// # Recognition rules
//
//   - Names are proper nouns: the first word (after a lower-case article) must be capitalised,
//     and so must the last unless it is a generic word ("province", "valley", "axis") or the
//     gazetteer writes the name so ("Baltic states"); an
//     elided article before a capital counts as capitalised ("Côte d'Ivoire"). Site
//     aliases and custom names also match as spelled in site.yaml.
//   - Never places: organisation names in orgPhrases ("Islamic State of Iraq and Syria",
//     "Syrian Democratic Forces"), demonyms, English function words (stopWords; "US" is
//     accepted only in capitals), and site exclusions.
//   - Part of a longer proper name: a name preceded by "<Head> of" ("State of Iraq", "University
//     of Texas"), or followed by capitalised words containing an organisation head ("US Defense
//     Department", "Kirkuk Police Directorate", a wire service's "GLOBE NEWSWIRE"; not after
//     "and": "the Gaza Strip and the West Bank" is a list), or directly
//     preceded by a capitalised word that is not a modifier such as "Western", "Northern" or
//     "Upstate" ("Upcountry Maui"), a
//     function or common word (but a given name that is one, "Mark Jackson", amid a sentence,
//     makes one too), a demonym, a word with a digit ("A429"), the last word of an
//     installation's generic name ("Fleet Activities Yokosuka", "Naval Air Facility Atsugi" and
//     "Joint Base Charleston" are by those towns; installationHeads), nor, at the start of a
//     sentence, a participle or adverb ("Missing", "Acting") ("Rob Manning", "Elliot
//     Ferguson"; the second half of a double-barrelled surname after a given name, though the
//     first half names a place, "Aniya Day-Garrett": doubleSurname; but not "The Dublin Singers", "Lake Ontario"; a common word does make one amid
//     a sentence before a name whose places are all small, "a Golden Globe", "from Cherry
//     Hinton", unless it is a generic word of places, "Mount", "Port", or an organisation's
//     head, "First Baptist Church Maryville"), or directly followed by a
//     capitalised word that is not a title, weekday or month, nor starts a run of up to three
//     capitalised words ending in a title ("Houston Rockets", but not "Quebec Health
//     Minister", "Manitoba Premier", nor an article: "MOSUL, Iraq A car bomb ...", nor the
//     generic name of an airfield, an air base, a dam, a training area or a range named
//     after the town it stands by: "Tabqa Airfield", "Gioia del Colle Air Base", "Mosul Dam" and "Yakima Training Center" are
//     Tabqa, Gioia del Colle, Mosul and Yakima, facilityAhead (a base curated.tsv names,
//     "Aviano Air Base", is the base); such a town, and one right after an air
//     force's station prefix in capitals, "RAF Lossiemouth" (installationPrefixes), needs no more
//     support than a larger place, though its places are all small, and lies in the country the
//     prefix names, "RAAF Base Amberley", "CFB Trenton" (stationCountry, a vote as a demonym's
//     "the Greek island of" is); nor, after a hyphen, the locality that
//     such a facility takes its second name from, when the name before the hyphen is not only
//     small places': "Rzeszów-Jasionka airport" is Rzeszów; such a town is a place, not a person's
//     name, in a text about another country too). A name directly after a model's
//     designation names the model ("UH-60 Black Hawk", "MQ-9 Reaper", afterDesignation),
//     and so does the name of towns or counties of fewer than 100,000 people only before a
//     noun of aircraft, weapons, vehicles or programs, after up to two words of their kind, or
//     in a list that such a noun ends ("Hercules transports" are no Hercules, California, "Puma
//     unmanned aerial systems" no Puma, Tanzania, "Stryker spare parts" no Stryker, Ohio,
//     "Bradley fighting vehicles" no Bradley, Illinois, "Apache, Chinook and Black Hawk
//     helicopters" no towns of Oklahoma and Montana nor Black Hawk County; a list has one "and"
//     or "or", before its last name, a comma before it only after three names, and no demonym:
//     "near Avdiivka, Bakhmut and Chasiv Yar, and Ukrainian drones" and "Kupiansk and Lyman, and
//     NATO jets" list towns; craftAhead;
//     "Incirlik jets" flew from the air base), and so does any name between "the"
//     and a noun of a warship ("the Moskva cruiser" is no Moscow, "the Kursk submarine" no Kursk)
//     or a kind of ship and "ship" or "vessel" ("the Minsk landing ship", "the Dali container
//     ship": shipKinds; not a
//     compound: "the Sevastopol submarine base", "the Sevastopol landing ship base"; warshipAhead), or between "the" and a
//     noun of an exercise, unless a country or first-level region has the name ("the Malabar
//     exercise" is no Kochi; "the Alaska exercise" is the state's; exerciseAhead); a name of
//     towns or states between "the" (and a ship name's first words) and a ship's deed is the
//     ship, for neither takes an article ("The Carney shot down four drones", "The Mount
//     Whitney sailed", "The Lincoln is transiting", "The Florida, a guided-missile
//     submarine,"; shipDeedAhead, afterTheName), as is any name but a country's before a group
//     named after its flagship ("the Iwo Jima ARG"; shipGroupAhead), and a person's full name
//     after "the" ("the Theodore Roosevelt"; theFullName, that mention only); a one-word name before a two-digit year is an
//     exercise's ("Aurora 23"; exerciseYearAhead),
//     and one joined by a hyphen to an armed group's acronym names a branch of the group ("ISIS-Somalia", groupAcronyms). An
//     institution's name alone is never a town of that name ("Congress passed", institutions). A name
//     joined by a hyphen to another place's name is no part of a longer name ("the Iraq-Syria
//     border"; but after a hyphen in a joint base's name, the name of an installation merged
//     into it is no place and gives no vote: "Joint Base San Antonio-Randolph", mergedBase), but one that
//     starts a longer hyphenated word is ("Lal-lo Airport"; not before
//     a participle or a word of hyphenSuffixes: "Kabul-based", "Jalalabad-to-Kabul").
//     The last two are skipped on lines written in title case (headings: three quarters of
//     the longer words capitalised, no ordinary word in lower case, no full stop at the end;
//     a sentence dense with names, "Col. Sydney Jackson met officials in Baghdad.", is none),
//     but not a middle
//     initial before ("Lloyd J. Austin", afterInitial) or a generational suffix after ("McKenzie
//     Jr.", "Austin III", beforeNameSuffix), which make a person's name; a hyphen alone after
//     a place name or a single letter ("Middlesex-London", "D-Chicopee") makes no person's
//     name. A name seen as part of a person's name is dropped from the whole document
//     ("Manning said"), unless the document also writes it right after a preposition of place
//     ("in London", "near Gainesville") or before ", " and a region ("WESTFORD, Mass."). A
//     one-word name whose places are all small (smallOnly) directly before a capitalised word
//     is a given name ("Kate Middleton") and counts as part of a person's name too. A name
//     found to be part of a longer proper name hides the names inside it ("University of South
//     Dakota" is no Dakota, "New York Times" no York), not those that run on past it.
//   - Weak names need support from the document: names that are common English words
//     (commonWords, orgHeads: "Hit", "Gulf", "Mobile", "Reading", "Nice", "Police"; and the
//     words of the press, "Herald", "Tribune", "Media": "a Sun Media reporter" names no Media,
//     Pennsylvania) must be spelled as in the gazetteer and must not start a sentence, nor
//     stand as one word before a minister's title (portfolioTitles: "Energy Secretary" names a
//     portfolio, unless the word names a country or a first-level region), nor follow "and"
//     or "&" after a capitalised common word or organisation's head that is no place here
//     ("Chamber of Commerce and Industry"; not before a plural generic word: "Lake and
//     Orange counties"), nor stand before "of" and a capitalised word, or "of the" and one
//     ("Secretary of Defense", "the Battle of the Bulge" is no Battle, England; ofCapital;
//     generic words of places and waters aside: "Gulf of Aden"); they and
//     names whose candidates lie in several countries with none of more than 100,000 people
//     ("Rawa", "Tuz"; not when the likeliest is a national capital: "Sao Tome" is São Tomé,
//     not São Tomé, Brazil, with no support), and names of
//     several words, all generic ("West Coast", "North West", "Eastern Province"), whose
//     candidates are all regions (regionsOnly: "the West Coast of the United States" is not
//     New Zealand's West Coast; but the single first-level region of a million people or more
//     that such a name may denote is a name, not a description: "the West Bank"), and a name
//     before "River" or after it ("the River Trent" is no Trento, once Trent; a river the
//     gazetteer lacks, which
//     may be far from the town: "Juba River" in a briefing on Somalia is no Juba, South
//     Sudan; "Kabul River" in one on Afghanistan is Kabul), or before "Valley" ("the Kalam
//     Valley" is no town, and the curated "Thames Valley" no Thames, New Zealand), or before a noun of an armed
//     group, which may take its name from a town or not ("Misrata militias" in a briefing on
//     Libya are Misrata's; "Fano militias" in one on Ethiopia are no Fano, Italy;
//     armedGroupNouns), are kept only
//     when a context country, a confident place of the same country or within 300 km, a
//     confident neighbour in a list ("Qaim, Huwija, Rawa, Hit and Tuz"), a following "X,
//     Region", or (when a place of the same country is not enough, see below) the name written
//     right after a preposition of place somewhere in the document ("in Albany") or as a
//     dateline ("DOVER — The council met", see Disambiguation) supports them.
//     A demonym of the country supports them as a confident place of it does ("Ukrainian
//     troops held Pokrovsk"), when the place there is the name's likeliest anyway (the highest
//     prior): the demonym's own vote does not choose and keep a namesake ("Russian troops
//     attacked Pokrovsk" keeps no Pokrovsk in Siberia). A demonym before a noun of armed forces
//     (forceNouns: "Russian troops") says who acts, as a country's name before one does, and
//     its vote counts towards no share alone, so that a theatre counting Russia too keeps the
//     Ukrainian town; one before an official ("an Egyptian official said") votes for its
//     country.
//   - Never places either: a name inside the name of a water body the gazetteer lacks
//     ("South China Sea" is not China, "Sea of Japan" not Japan, "Gulf of Guinea" not Guinea,
//     "Taiwan Strait", "Suez Canal": before "Sea", "Ocean", "Strait(s)", "Canal" or "Channel",
//     or after "Sea of", "Gulf of", "Bay of", "Strait(s) of", when the name is a country's or
//     only regions'; a gulf named after a town lies by it, so "Gulf of Sirte" is Sirte; the
//     curated water bodies are matched whole first); month and weekday names ("August 30"); a rank or title abbreviation
//     before a dot ("Brig."); a name right after a rank or title ("Gen. Turner", "Secretary
//     Pompeo", dropped from the document like other persons, but a country's name as a given
//     name before a surname stays the country elsewhere: "Sgt. Jordan Williams ... the border
//     with Jordan"); a one-word name after a rank and a given name, a surname ("Lt. Cmdr.
//     Victoria Chen" is no Chenzhou, once Chen; "Officer", "Seaman", "Airman" and "Trooper" are
//     ranks: "Petty Officer Victoria Madrid"); a name after a possessive and a noun of kin ("his sister Chelsea", "Rozen's
//     wife, Julia": kinNouns; a person's, dropped from the document as after a rank, a
//     country's name aside); a one-word name after a capitalised word and before a comma and an
//     age ("Lance Garcia, 36;": ageAfter, a person's too); a name after a word in capitals and
//     before a two-digit year, an exercise's ("DEFENDER Europe 21": shortYearAhead); a name before "administration", a
//     president's ("the Obama administration", "the Clinton and Bush Jr administrations":
//     administrationAhead), not a country's; a country's name before "dollar(s)" or "$", the
//     currency's ("40 US dollars", "US$3.7m"); a name after "bin", "ibn" or "bint", a person's
//     ("Mohammed bin Salman"); a name before "virus", "ebolavirus", "fever" or "strain", a
//     disease's or a pathogen's in the whole document (diseaseAhead: "the Marburg virus ...
//     imported Marburg"), or between slashes before a number, an influenza strain's
//     ("A/California/7/2009"); a legislature named like a town after "the" or before
//     "deputies" or a possessive ("the Duma": legislatures); a name after "AC" or "FC" or before
//     "FC" (a club); a name after a model year and maybe a colour, a vehicle's make in the whole
//     document ("a 2005 black Ford truck": afterModelYear); a one-word name after an ordinal, a
//     formation's ("the 6th Fleet", "the Sixth Fleet": ordinalWords); a one-word name after a
//     cardinal number, a formation's or a craft's ("3 Para marched", "two Hercules landed": afterCardinal),
//     unless a plural noun follows ("55 Gainesville residents": pluralOfPlaceAhead); a one-word name joined by "and" to
//     a surname of no place before a verb of what officials do ("Austin and Kurilla visited
//     Erbil": personPair, officialVerbs), this mention only; unless a noun of events follows
//     ("the 2012 Benghazi attacks": eventNouns); a name in an Islamic State province's or
//     branch's name ("Islamic State Sahel Province", "the Islamic State in the Greater Sahara":
//     inAffiliateName), which votes as a name in an organisation's does; "Naval" before a
//     capitalised word ("Naval Air Station": serviceAdjectives); a name after an Arabic
//     feature's head ("Wadi Derna", "Jebel Akhdar": featureHeads), this mention only, not a
//     person's name; a byline's name after "By" opening a
//     line ("By KENT MALLETT"); a name after "news agency"; a name before "news agency", the agency's in
//     the whole document ("the Xinhua news agency ... according to Xinhua"), not a country's;
//     a name after "Mall of" or "Order of" (orgHeads: "the Order of Friendship");
//     not a name before an officer's title (titleWords: "Cuyahoga County Executive Armond
//     Budish", "the Butler County Coroner's Office" keep the county); an Arabic article before a hyphen ("Al-Shabaab", in headings too); a name
//     after "Operation", "Exercise" or "Task Force" (a code name: "Task Force Tarawa"), or
//     ending a run of one or two capitalised words after one ("Operation Blue Pacific";
//     insideCodename: no function word, organisation's or command's head in the run, "Special
//     Operations Command Africa" votes unseen; or after one word and "of", "Operation Wrath of
//     Boma"); a one-word name before a model's number and a craft's noun, "an Atlantique 2
//     aircraft", unless a preposition of place comes before it (modelNumberAhead); a name
//     right after the head of a command's name ("U.S. Naval Forces Europe", "U.S. Forces
//     Korea", and a unit's or a mission's, "British Army Training Unit Kenya", "NATO Mission
//     Iraq": commandHeads; also after a compass word, "Patrol Forces Southwest Asia", or after
//     such an area and "and" or a hyphen, "Army Europe and Africa", "Naval Forces Europe-Africa",
//     or after the head and a hyphen or a dash, "Marine Rotational Force-Darwin", which is no
//     double-barrelled surname: inCommandName; it votes, unseen, as a name inside an
//     organisation's does, and stays a place elsewhere); a storm's name
//     after its head ("Hurricane Florence": stormHeads; no vote) or before its storm's words
//     ("Harvey's eyewall", "Ida made landfall": stormCue); "War" after a capitalised word
//     or before "of" ("the Korean War"); a one-word name after a capitalised "National" ("the
//     Shawnee National Forest" has no town called Forest), and "Center", "University" or another
//     organisation's head after a capitalised word ("the TCF Center", "Iowa State University");
//     a name with no feature among its
//     places before a capitalised "River" or "Creek", the stream's name ("the Winooski River",
//     which the gazetteer lacks, is not the town of Winooski); a one-word name of small places only before a number
//     ("Section 60"), heading a noun phrase after "a" or "an" (afterIndefinite, headNounEnd: "a
//     burning Bradley near Samarra"; not "a Chiefland bar"), or before "&" and a capital ("Pratt
//     & Whitney"), or before a hyphen, a capitalised word and a firm's word ("Whiting-Turner
//     Contracting Co.": firmWords); a word of the armed services
//     alone ("a Marine KC-130J": serviceWords); the "U.S." of a law's citation ("10 U.S.C. 3204",
//     "10 U.S. Code 2304"); a one-word name by which a speaker calls someone, before a comma and
//     "I", "we", "you", "thanks"... at a sentence's start, or after a transcript's "Q:" and before
//     a comma (vocative: "Nancy, we've been very clear", "Q: Tyler, Japan Times."; a person's
//     name for the whole briefing; a country's or a state's name only when it is a given name
//     too, and then only there); any name a speaker calls on ("Go ahead, Jordan.", "Georgia, go
//     ahead."), a reporter names with an outlet at a sentence's start in a "Q:" turn ("Q: Thanks.
//     Jordan, Washington Post.", "Israel Hayom."), or a speaker names at a sentence's end after a
//     comma and a word in lower case ("on basing, Jordan."), or a given name a speaker calls
//     on after an interjection, alone as a question, after "go to" or after a place and a comma
//     at a sentence's end ("Well, Savannah,", "Madison?", "in Tucson, Lara."), there only (strongVocative,
//     transcriptTurn, reporterID); a small place's name set off by commas after a word in lower
//     case in a speaker's turn ("About $32.4 billion, Tom, for six ships"); a name
//     in a ship's name (a nickname in quotes inside it too, "USS Hershel "Woody" Williams",
//     quotedGap; "USS New York", "HMS Queen Elizabeth", "HMS Prince of Wales", "BRP
//     Sierra Madre": shipPrefixes; or, with no "of" between, right after a lower-case noun of a
//     kind of ship: "the Brazilian frigate Independência", "the tanker Marlin Luanda", "the
//     supertanker Bridgeton", "the tug Ponce", shipNouns (but not a country before a verb in
//     lower case: "the boat Iran seized", shipNounBefore), or after such a noun in the plural, another ship's name and "and", or a list
//     of names: "the cutters Campbell and Venturous", "the carriers Akagi, Kaga, Soryu and
//     Hiryu"; or between "the" and a naval group called after its
//     carrier: "the Shandong carrier group", "the Nimitz strike group", carrierGroupAt; such
//     a name gives no vote either, and is the ship again after "the" later in the text: "the
//     carriers Liaoning and Shandong ... the Liaoning sailed", not "Liaoning province"; a
//     Chinese province after "the" or a ship's "Type" and number is a warship, "The Fujian,
//     China's third aircraft carrier", "the Type 076 Sichuan", provinceOf, afterTypeNumber, unless
//     a region's or a place's noun follows, regionNounAfter); an aircraft's or a vehicle's name after "the", "a"
//     or a model's designation ("The Osprey crashed", "a Stryker against drones", "The M-SHORAD
//     Stryker carries", aircraftNames, afterDesignation); a model's letters before a hyphen and digits ("Tu-95"); a
//     name right after "Fort" or "Camp" (a military post the gazetteer lacks: "Fort Wingate", "Camp Casey"; "Fort Bragg", "Fort Campbell" and "Fort
//     Worth" match whole); a dotted acronym the gazetteer does not have as an acronym ("U.N." is not Un,
//     India; "U.S." and "U.K." are places);
//     a water body's generic word before "of" and a capitalised word ("the Bay of Biscay" is no
//     Bay region of Somalia); a country in parentheses between a formation's ordinal and its kind
//     ("3rd (United Kingdom) Division"; a British formation's number and a word of its arm too,
//     "1 (UK) Armoured Division": formationNumberBefore); a name after a task force's acronym
//     ("JTF-Haiti": taskForceBefore); an abbreviation before a formation's ordinal ("U.S. 3rd
//     Fleet": ordinalFormationAhead); a Roman numeral after a capitalised word ("World War
//     II" is no Ii, Finland); a name
//     inside a chain of hyphenated words ("Colleville-sur-Mer", "Sainte-Mère-Église";
//     hyphenChain); a compass word written apart from the rest of a small place's one-word
//     name ("North Field", an airfield, is no Northfield), and any two words written apart
//     that match only one-word names of small places ("the Son Tra district" is no Sontra,
//     Germany; apartName: "Hoi An" is written so in the gazetteer, and "Da Nang" matches the
//     city of a million as "Danang");
//     words joined across a word of one letter ("And I" is not Andi; joinsLetter), except the
//     letters of an acronym written without spaces ("U.S. Virgin Islands"); a word with an English contraction ("I’ve" is not Iwye);
//     an all-capital word the gazetteer spells otherwise amid ordinary text ("NATO" is not
//     Nato, even starting a paragraph: "NATO troops"), unless it starts a line as a dateline
//     does (followed by a comma, a dash, a bracket or the end of the line: "KABUL, Afghanistan",
//     "LONDON -", "KABUL (Reuters) -"), or a sentence that goes on with ", " and a country or
//     region or with a dash and a capitalised word (a dateline after a headline: "... met.
//     ROANOKE, Va. -", "... ended. DAYTON -- The council"); a name of several words
//     ending in a lower-case generic word whose first word is a function or common word ("The
//     city", "Inner city"; a number is no such word: "Tower 22"); a name followed by an Arabic
//     article and a capitalised word
//     ("Bunyan al-Marsous"; an article that is also an English word, "as", "at", "an", only
//     with a hyphen: "Iraq as Turkish jets"); a one-word name after a capitalised word and
//     such an article ("Maarat al-Numan", "Muqtada al-Sadr"; not after a function or
//     modifier word, a demonym, a possessive or a sentence's opening -ing or -ed word:
//     "Near al-Tanf", "Syria's al-Bab", "Retaking al-Qaim"); a name followed by a Romance "of" ("de", "du", "del", "di",
//     "da", ...) and a capitalised word ("Stade de France" is no Stade, Germany; ResolveName
//     takes the place after it, as after "of"). commonWords also lists words that open table
//     cells, list items and headings ("Date", "Main", "Welcome", "Area"): each block is its own
//     segment, so its start is a sentence start.
//   - Stronger support (needNear: a list neighbour of the same country, "X, Y", or a confident
//     place within 300 km; a confident place elsewhere in the same country is not enough): a
//     name before "oil field" or "gas field" ("oilfield"), which as often names the field after
//     a person or a tribe, and then only a place of that own (or curated) name ("the Kirkuk oil
//     field" beside Baghdad is Kirkuk; "the al-Omar oil field" is no 'Omer, Israel, which
//     "Omar" names only as another name; fieldAhead), a town's name before a lower-case
//     landform ("the Boma peninsula": landformAhead, unless a country or a big first-level
//     region has the name), a generic word before a numeral ("Sector 2": numberedGeneric), a
//     name after a forward base's head by any of its names ("FOB Edinburgh", "Forward Operating
//     Base Sharana": afterOutpostHead), a
//     lone given name or surname whose places are all small ("Bradley", "Mike"; givenNames), a
//     common word whose places are all small ("Council", Idaho), a one-word name that only
//     alternate names of small places have ("Kristina" for Ristiina; the names curated.tsv
//     adds are none, acronyms aside: "Ramstein" for Ramstein Air Base), and,
//     when the document has context countries, a place outside them that was named only by an
//     alternate name ("Taliban" for Bozhuyuk, Turkey; "Sousa" for Sousse; a spelling that
//     curated.tsv adds counts as the place's own name: "Bardheere"; so does the name of a
//     first-level region for its seat, "Raqqa" for Ar Raqqah; seatOfOwnNamedRegion) or has fewer than
//     10,000 people, unless it is named with its installation ("Gioia del Colle Air Base", "RAF
//     Lossiemouth" in a briefing on the United States; "from Gioia del Colle" alone needs support),
//     or a town outside them of fewer than foreignTownPop people, no capital nor seat of a
//     region of its name, written where a place near the others is meant ("Near Shafa, three
//     strikes", "Arima, west of Manbij": group.local) whose country nothing else in the
//     document names. An alternate spelled as the main name but for a final h or a doubled
//     letter counts as the main name ("Haditha" for Ḩadīthah; skeleton), and so does the main
//     name without its article where GeoNames lists it as an alternate too ("Qayyarah").
//     The same holds, with or without context countries, for a one-word name that the
//     document also writes in lower case ("Industry ... industry") and whose places are all
//     small (smallOnly), and for a one-word name whose candidates are all populated places
//     of fewer than 5,000 people ("Advance", "Wilson"; a seat whose population GeoNames
//     leaves at 0, such as Taftanaz, is not counted as small).
//     A context country supports such a name (in the theatre of the briefing) only for a town
//     of 5,000 people or more (theatreNeedNearPop): "Troops entered Hit" in a briefing on Iraq
//     is the city, but "the Agency said" or "the Council met" in a briefing on the United States
//     names no Agency, Missouri, nor Council, Idaho (672 and 808 people). A sea of no one
//     country is supported by a context country whose point lies within 800 km of it ("the
//     Gulf" in a briefing on the Persian Gulf states; theatreBorders), and a sea, a gulf or a
//     strait of no one country by a confident place within 700 km of its point (seaSupportKm:
//     "the Gulf" beside Kuwait City).
//     Without context countries, when one country has at least half of three or more votes
//     (see Disambiguation), the same stronger support is needed by a place in another country
//     that no other confident name of the document votes for (a weak one does not vouch:
//     "Christmas" does not keep "Heathrow", Florida, in a text about London) and that has
//     fewer than 30,000 people, or fewer than a million and was named by an alternate name
//     ("Gonzalez" is not González, Mexico, in a text about Iraq; "Kiev" stays Kyiv).
//     Without context countries, a town of fewer than 30,000 people found only by another of
//     its names (not its own, a curated or an alias one), in a country no other name of the
//     document votes for, needs a confident place within 300 km in its own country (nearOwn):
//     spellings are shared across borders ("Jokoruda" beside Zvečan is no Yakoruda, Bulgaria,
//     250 km away, whose old spelling it is; "Banjska", a village in Kosovo and an old name of
//     Bansko, Bulgaria, is now a curated row).
//   - A plural's possessive ends a name, and is left out of the mention: "Laos' Savannakhet
//     province" is Laos and the province, not one longer proper name (pluralPossessive).
//   - Nor are a name between a clock time and "time" ("at 8 a.m. Kuwait time", a time zone;
//     timeZoneAt), a name in capitals before a colon after another word in capitals (a
//     transcript's speaker label, "JOHN KIRBY:"; not a country, a first-level region or a
//     capital), a one-word name after "each" or "every" ("each Bradley fires"), an acronym before a noun of a business or venue ("the DMZ nightclub";
//     venueAhead) or joined by a hyphen to digits ("USA-343", a satellite), a one-word name
//     before a verb of speech ("Austin said the U.S. has provided", "Austin, speaking to
//     reporters in Seoul, said": the secretary; speechAhead, asideThenSpeech;
//     not after a preposition of place or "of", "officials in Austin said", "a resident of
//     Tabriz told", nor a country, a first-level region, a national capital or a feature,
//     "Moscow said", "Europe added"; that mention only; also after an auxiliary, "Austin will
//     travel", "Austin has been clear"), on the same terms the subject of a reporter's question
//     before a verb other than "be" or "have" ("Did Kirby say that?"; askedAbout) and a name
//     before a possessive and one of personalNouns ("Austin's comments"; possessivePerson), the plural of a surname that only
//     another name of a small place is ("the promised Bradleys" are no Elkhorn, Wisconsin), a name directly before an ordinal or a code of digits and letters ("Southeast
//     12th Avenue", "Division 3A"), a name before "'s Day" ("St. George's Day"), a saint's name
//     before a possessive and a church's, school's or square's word ("St. Paul's Cathedral";
//     saintsPlaces and orgHeads) or a saint's given name before a possessive and any
//     capitalised word ("St. Mary's High School", "St. John's Health System"; "St.
//     Petersburg's" stays), and a modifier on its own before a capitalised word ("Central
//     American" is no town called Central) or anywhere else unless a region's suffix follows
//     ("Western governments", "go West": no Western Province of Sri Lanka, no West, Texas).
//   - The acronym of a union of countries is no town ("EU" is not Eu, France; ResolveName takes it
//     for Europe).
//   - AP state abbreviations ("Ga.") count right after "Place, ", after a capitalised word and
//     a comma when written with the dot and a lower-case letter ("Thackerville, Okla.", a town
//     the gazetteer lacks: abbrAfterTown; not "Charles Murphy, M.D."), and after a party's
//     letter ("Sen. Byron Dorgan, D-N.D.", "R-Pa.": partyState); written with the dot
//     elsewhere they are no other place of that name either ("Pa. Smith" is not Pa, China),
//     unless a place is spelled so ("L.A."). Inside an organisation's name one votes for its
//     state ("S.C. Department of Revenue"), but not one written in lower case without its dot,
//     which is a title there ("the Miss Ohio pageant" is no vote for Mississippi). So do the
//     states' two-letter postal codes, in capitals only ("Raytheon, Andover, MA"; a dot after
//     one ends the sentence), and elsewhere they are no place ("Metropolitan Police/PA").
//   - The government of a country is that country ("the Government of Poland"), though other
//     heads before "of" make an organisation's name ("the State of Iraq").
//   - A one-word name of small places beside an ampersand and a capitalised word is a firm's
//     ("Pratt & Whitney").
//   - A capitalised "District" after a name whose only second-level regions are American counties
//     names an organisation's district, not the county ("the St. Louis District" of the Corps of
//     Engineers is the city; districtAbroad).
//
// # Disambiguation
//
// Every repeat of a name in a document resolves to one place; two spellings are two places: a
// town found only by another of its names loses 10 when the document also writes the town's own
// name and a place of a fifth of its people or more has the name as its own ("Goris" beside
// "Gori" is Goris, Armenia, not Gori, Georgia, also called Goris; "Kiev" beside "Kyiv" stays
// Kyiv; otherSpelling). A town's name that begins a longer
// town's name the document also uses, by a word that is not generic, is that town ("Palos Heights
// ... Palos"; not "Lake Forest Park ... Lake Forest", nor "New York City ... New York", which may
// be the state). Each candidate gets a prior: country 10, first-level region 4 + 0.4
// log10(population of its places) (below 100,000 people only log10 of it, as a town's: "St. Thomas"
// is not a parish of Jamaica), curated feature 6.5, second-level region 3, a populated place
// log10(population) (3, as a village of 1,000 people, for a seat whose population GeoNames leaves
// at 0: "Twickenham" is the London town, not Huntsville, Alabama, once called so) plus 2.5 for a
// capital, 1 for a first-level seat, 0.3 for a second-level seat (a region whose seat has the same
// name yields to the seat, "Raqqa" is the city, unless the region has five times the seat's people
// or more: "Quebec" is the province; so does a second-level region placed at its seat: "Saada"
// beside "Saada governorate" is the city, not the district); 1.5 more when the name is the
// entry's main (or ASCII) name rather than an alternate ("Mexico" is the country, not Mexico City, whose alternate it is).
// Coherence adds to the prior: each other name of the document with candidates within 50 km of this
// one adds three times the largest share among them (a softmax of that name's priors), at most 3 in
// all ("London" and "St. Thomas" in one text are the pair in Ontario); a candidate within 10 km
// counts with a share of at least one half, as two namesakes seldom lie that close by chance
// ("Edmonton" beside "Enfield" is the London district, though Enfield is found only by another
// name of Enfield Town, which has a smaller prior than Enfield, Connecticut); a country or first-level
// region counts instead the other names with candidates inside it, and a seat its region yields
// to takes the region's count when that is higher ("Zaporizhzhia and Enerhodar were shelled" is
// the city, though Enerhodar lies 54 km from it). A town of fewer than 100,000
// people found by another of its names (not its own or a curated one) gets no such bonus: small
// towns' old names pair with neighbours by chance ("Norristown" beside "Moundsville" is not Martins
// Ferry, Ohio, once called so). Nor does a name that will need a confident place nearby to be kept
// (see the stronger support above; a dateline is exempt) give any: it would prop up a namesake by
// it that then keeps it ("Kinsey", a surname and an Alabama village, does not make "Henry County"
// beside "Indiana" the county in Alabama). A name that is a country's, or the own name of a
// first-level region of ten million people or more, has no candidates of fewer than 5,000 people
// ("China" is not China, Texas; "England" is not England, Arkansas, and the United Kingdom's
// other nations are such regions whatever their population: homeNation; for such a region's name, no
// town or region of fewer than 30,000: "Florida" beside "Ponce" is the state, not Florida, a
// municipality of Puerto Rico; nationNamesakePop; a region's name that a city of 100,000 or more
// has as its own keeps all its namesakes: "Moscow, Idaho", as Moscow is a region of Russia
// besides its capital, cityNamePop; a town so left out comes back when the text writes "X, Y"
// and Y, a country or region, holds it: "Mexico, Missouri", restoreContained) nor, when it is the country's
// main name, places that have it only as another name ("Egypt" is not Goodyear, Arizona), and a
// name of a feature of no one country (an ocean, a sea, a continent) none of fewer than 100,000
// ("Atlantic" is not Atlantic, Iowa). A water body's own name ending in its generic word (sea,
// ocean, gulf, bay, strait, river) has no other candidates: "Red Sea" is the sea, not the Egyptian
// governorate named after it, which "Red Sea Governorate" or "Red Sea province" names. Context
// adds: 6 to a curated region or feature of many countries named after "the" with no suffix
// ("the Sahel" is the belt, not Burkina Faso's Sahel region, in a briefing whose theatre
// includes Burkina Faso; "the Ardennes" the forest, not France's département; group.afterThe;
// but not when the name is also a curated feature of a context country: "the DMZ" in a briefing
// on Vietnam, featureInContext); 6 when the candidate's country is a context country (to a town named like a country only
// with local support, a place of its first- or second-level region or within 200 km: "a brigade to
// Poland" in a briefing on the United States is no Poland, Maine; to a town named like a capital or
// a big region's seat abroad, of fewer than 100,000 people or a fifth of the seat's, only when the
// text names its first- or second-level region or a place within 50 km (closeSupport), not for
// the coherence of its namesakes: "Paris, Lima, Cairo" in a briefing on the United States are no
// towns of Ohio and Georgia, "Fort Liberty ... Warsaw" no town 100 km from the fort; a seat of a
// first-level region or a capital itself is none, "Trujillo" in a briefing on Honduras; seatNamesake,
// whose nearness below leaves national capitals aside, whose coherence counts neither capitals
// nor other such namesakes, and for which local counts a coherence bonus of 0.3 or more only:
// "Washington ... Vienna" is Austria's even in a text naming the United States; so too a town
// of less than a fiftieth of a same-named city of half a million found by its own name, "San
// Diego" in a briefing on Latin America, bigNS; and a town of a fifth or less of a city of
// 100,000 or more abroad of its name, by any name, "Geneva" in a briefing on the United States,
// foreignNS; and a city found by another name that a city of half a million or more bears as
// its own, "Philadelphia" beside Amman, altOfBig); 5 × the share of the document's other
// places in its country (in a briefing, a capital's namesake in a context country takes it only
// with the support its context bonus needs: "Washington" beside Catterick in a briefing on
// Britain is the capital); 3 when the document names the candidate's country itself ("London" beside
// "Canada" is London, Ontario), unless the name is also a country's ("Mexico" beside "U.S." is not
// Mexico, Missouri); 3 × the share in its first-level region; 3 × the share in its second-level
// region (a county named with its seat); up to 2 for nearness to the other places (curated bases, villages and plants among them, pointFeatures; 2 within 50 km,
// 1.5 within 200 km, 0.5 within 500 km, equirectangular distance to the nearest of the first 100
// other places; none for a town, not a seat nor a city of a million, inside a first-level region
// of its name that is also a candidate, as its neighbours lie in the region too: "Okinawa" beside
// "Kadena" is the prefecture; for a name that is also a country's, not the candidate itself named otherwise:
// "Mexico" beside "Mexico City" is the country); 16 (containsBonus, more than a world city and the theatre together: "of Berlin, New Hampshire, died at Grafenwoehr, Germany" is the town) when the text says "X, Y" or "X in Y"
// ("Rota in Spain" is no Roth, Germany, once called Rota; so ", in": "Jolo, in Sulu"; and "X on
// Y", an island or a region around X: "Souda Bay on Crete" beside "U.S." is no Crete, Illinois) and Y contains it, and so when a
// country's demonym stands before a noun of places and "of" ("the Greek island of Crete" is no
// Crete, Illinois; "the Italian port of Naples"; demonymOfNouns), or before a noun and "from"
// ("Colombian marines from Cartagena", "a Uruguayan frigate from Montevideo"), and the
// candidate, not itself a country, lies in that country, and so for a curated feature of a name
// written after "Battle of" ("the Battle of Midway" is the atoll; afterBattleOf), and so for
// a country Y of "X, Y" when X has a candidate in it ("Camp Lemonnier, Djibouti" is the
// country, not Djibouti City) (not for a name that is a country's:
// "American troops from Jordan" may have left it; a
// country or first-level region Y contains no X that could be of its own kind: "Russia, United
// States" is a list, and so is "Ontario, Quebec", but a first-level region of X in another
// country than Y's makes no list: "Kingston, Ontario" is the city, though Kingston is also a
// parish of Jamaica; sameKindList; and when Y, a country or region, holds none of X's places and
// "X, Y" is no list, X is a place the gazetteer lacks and is dropped: "Henderson, Australia" is
// no Henderson, Nevada; elsewhere, listGoesOn; not when "X, " ends an opening phrase and Y is
// the subject of the clause's verb, "Following the unrest in Andijan, Tashkent gave"
// (openingPhrase, subjectAhead); so for X of "at X in Y" and each name of a
// list so placed, "near Ivanivka, Mykolaivka and Hryhorivka in Donetsk Oblast": atWords,
// listEndIn; not when Y is a person's name, "Tuz, Manning said", nor by a second-level region
// when Y also names a town, "Eastern Creek ... in Sydney"); 3 for a first- or second-level region Y of "X, Y" or "X in Y" that
// contains a candidate of X other than itself (Y is a region around X, not X under another of
// its names: "Jolo, in Sulu" is the province, not Jolo, which GeoNames also calls Sulu;
// holdsBonus; a country's own name has no first-level region of its country, nor its capital
// named alike, among its candidates, unless qualified, "Taiwan Province" ("Panama ... Panama
// City" is the country and the city; newGroup), so "TAIPEI, Taiwan" is the country though
// the data's province of Taiwan holds Taipei; a town of Y that is also a candidate of X, when Y
// names a country, loses 16: "PANAMA CITY, Panama" is the country, not the city again;
// namesHeld), unless the region yields to its seat of the same name and X is a feature within
// 30 km of the seat ("Air Base 201 in Agadez" is the city; nearSeat), and the same taken from the
// seat when X is a town or a feature farther off ("Kobani, in Aleppo" is the governorate,
// "Norman, Oklahoma" the state; seatHoldsFar); 2 for a country or first-level region for each confident member of its
// list ("A, B and C": its neighbours and theirs; at most two) that is now a country, or a
// first-level region of the same country ("Georgia" listed with "Alabama" is the state, with
// "Armenia" the country; "Washington, Oregon and Idaho" are states; "sailors from Florida,
// Texas and Georgia" in a text about ports in Europe are from three states), and the same for
// a national capital for each such member that is a capital of another country ("Washington,
// Paris and Vienna" are three capitals; listCapitals), and for a city of a million people that
// shares its name with a first-level region of its country for each such member that is a city
// of 100,000 people or more ("Chicago, New York and Atlanta" are three cities; listCities), as
// for a city of 100,000 or more with a namesake of a twentieth of its size (hasTinyNamesake),
// while a town of a fiftieth of a same-named city of half a million loses 4 for each city of
// 100,000 or more of that city's country in its list ("Atlanta and Dallas" is no Dallas,
// Georgia; "Arlington, Alexandria and Vienna" are in Virginia); 3
// for a city when the name is written somewhere as a dateline (in capitals at the start of a line,
// then a parenthesis, a comma or a dash: "NEW YORK (AP) -" is the city, not the state; or after a
// headline, at the start of a sentence, then ", " and a region or a dash), and as much for a city
// of 100,000 or more after a verb of a voyage ("Comfort departed New York", "sailed from",
// "docked at", "the port of": afterVoyage); 2 for a country or
// first-level region when the name is written somewhere before a government's title or "government"
// ("the Quebec Health Minister", "the Quebec government": the province, not its capital); and a
// name the text writes with letters beyond ASCII keeps only the candidates that spell it so, when
// one does ("Ørland" is the Norwegian municipality, not Orland, California, even in a text about
// California: having set it apart from its namesakes, it needs no support nearby). In a
// document where one country has at least half of three or more votes (other names and demonyms), a
// candidate in a country nothing else in the document names loses 4 (local news: "Palestine" and
// "Lebanon" are the Texas and Pennsylvania towns), unless it is a city of a million or more people
// (Paris, London, Toronto stay themselves), a national capital or the seat of a first-level
// region of 100,000 people or more (bigSeatCity: "Lisbon" in a text about British soldiers), a
// country, or a feature of no one country (an ocean, a
// continent). A town of fewer than 100,000 people that shares its name with a capital of a million
// or more, or that has the name only as another name of its own while a city of 100,000 or more has
// it as its own ("Jerusalem" is not El Rio, California), and a town of fewer than 30,000 that
// shares its name with the seat of a first-level region of half a million or more, written by the
// seat's own name ("Stuttgart" in a text naming the U.S. is not Stuttgart, Arkansas), or with a
// national capital or first-level seat of 100,000 or more by any of its names ("Lisbon" beside
// "Savannah" is not Lisbon, Maine), and, whatever its size, a town that has the name only as
// another name of its own while a city five times its size has it as its own ("Milan" is not
// Syracuse, New York, once called Milan; "Odesa" is not Odessa, Texas: lesserAlternate; with
// nothing else to go by, a town found only by another name unlike its own, which a city of
// 100,000 or more bears as its own, loses anotherNameCost: "Philadelphia" is not Amman,
// anotherName), or a
// town of fewer than 100,000 that has the name only as another name of its own while a town at
// least as big has it as its own (outnamedAlternate, which also withholds the bonus of the
// briefing's theatre countries: "Rota" beside "Ramstein" is Rota, Spain, not Roth, Bavaria), or a
// town of a fifteenth or less of the people of a namesake city of 300,000 or more, or of a
// namesake first-level region of a million or more, in another country, by any of its names, if
// it has fewer than 100,000 people or the text does not name its country (smallNamesake;
// "Normandy" in a text about Indiana is the French region, not Normandy, Missouri; London,
// Ontario, in a text that names Canada keeps Canada's share:
// "Rotterdam", "Frankfurt" and "Antwerp" in a text about Washington are not the towns of New
// York, Kentucky and Ohio; Edmonton, London, a twelfth of Edmonton, Alberta, keeps its country's
// share; the namesake city itself, bigNamesake, takes no penalty for lying in a country the text
// names nothing else in, so "Rotterdam" in a briefing on Iraq that names the U.S. is the Dutch
// port; nor does the namesake region, unless a city of 300,000 or more of its country has the
// name too, as New York has), gets its country's share and the
// named-country bonus only when the document also supports it locally: a place of its first- or
// second-level region, a place within 200 km that is not a national capital (a text that names
// the seat of a government says where officials speak: "officials in Washington said the
// delegation traveled to Lima" is in Peru, not Lima, Pennsylvania), or a neighbour's coherence
// ("London" in a text about Washington and New York is London, England, not London, Ohio). A
// town of a twentieth or less of the people of a city of 500,000 or more of the same name in
// its own country takes its first-level region's share only with a place within 200 km
// (homeNamesake: "Portland" beside Dallas, Houston and Texas is Portland, Oregon; beside Corpus
// Christi it is Portland, Texas). A name's groups in other variants
// ("Anderson County" and "Anderson County district") do not vote for each other. A demonym in the
// text ("Turkish policeman") counts as one vote for its country, and so does a name that is not
// only small places' (smallOnly) inside an organisation's name ("Texas Department of
// Transportation"), though it is not shown (not a name that lesser places have only as another name, "Boni
// Forest" is no vote for Bonn, once Boni: one candidate must be found by its own, curated or
// abbreviated name, or be a country, a first-level region or a city of a million; not a modifier, "Federal Government", "Littoral
// Combat Ship"; generic words naming only regions, "the South West Command"; nor a name after
// "Operation", "Fort" or "Camp", "Camp Casey"; a code name across a possessive, "Operation
// Eagle's Summit"; a supply route's, "MSR Tampa": postHeads); a county's full name there ("Henderson County Jail",
// "Douglas County Hospital") votes so too, though its places are small, and says the text is about
// a town of that county's country. A country's name written only before a noun of forces,
// officials or their craft (actorNouns: "U.S. sailors", "U.S. Navy", not after "in"), or as a
// possessive before a noun of what its forces do (actionNouns: "Russia's advance on
// Pokrovsk"), or so
// inside an organisation's name ("US Air Force", "US Defense Department"), says who
// acts, not where: its vote counts towards no share and no named-country bonus, unless the
// country is also named as a place ("U.S. sailors visited Athens" is in Greece). A text in the
// register of American local news (usRegisterCues: two kinds among a city manager, schools and
// grades, a sheriff, a township, a school district, downtown, local taxes, a city council, law
// enforcement, a North American telephone number) that does not name the United States counts
// the register as one vote for it, and gives a place of the United States usLocalBonus when the
// United States has two thirds of the other votes ("Dublin elementary schools"); not to a name
// that is a country's ("the Jordan middle school"). The first round scores the priors (and "X, Y"); two more rounds
// score each group against the other groups' current choices, kept as running totals (Gauss-Seidel
// order); a dropped name (a person's) is not scored, and a weak name (one that needs support, see
// above) votes with half the weight of a confident one ("Mason, Devon and the driver" do not make
// "Ontario" a city in California), and a name that may be a first-level region votes 1 + log2(times
// written) ("Ontario" eight times beside "Woodstock" and "Oxford" makes them the towns in Ontario,
// not the pair in England). When the support check then drops weak names without support, their
// votes are taken back and the others are scored once more. A name dropped as a person's stays
// dropped, however well supported.
//
// A name with a region's suffix whose regions all lie outside the country where the document
// places the name on its own is the area of that place: "the Preston district" beside "Preston",
// the English city, is the city, not Preston County, West Virginia.
//
// Of candidates with equal scores the one with more people wins (for a second-level region,
// the sum over its places): with nothing else to go by, "Madison County" is the most populous
// one.
//
// ResolveName (a caller asserts that a string is a place, as the scorer does for gold spans the
// matcher did not find) resolves a name that the document's mentions include as they do (every
// repeat of a name is one place: "New York" in "New York Times" beside "New York", the city; with a
// region's suffix, the region of that name around the place: "Karak district" beside "Karak", the
// town, is the governorate, not a district of Pakistan), a country demonym ("Canadian") to its
// country before any town of that name (and the demonym of a nation of the United Kingdom, or of a
// people whose homeland is a region, to the nation or region: "English" → England, not English,
// Indiana; "Kurdish" → Kurdistan; "Arab" → the Arabian Peninsula; "Basque" → the Basque Country:
// see demonymRegion), and also takes an abbreviation on its own ("Pa.", "Ont."), a country demonym
// ("Swedish") and a continental one ("European" → Europe), "EU" (Europe, not Eu in France), the
// leading words of a longer name the gazetteer lacks ("Oaxaca State" → Oaxaca, "Greater Toronto
// Area" → Toronto, "US Federal Reserve" → United States; with a leading modifier when a place's
// name keeps it: "New Orleans Streetcar Company" → New Orleans, not Orléans; not a common word,
// given name or organisation head on its own, nor a function word unless in capitals), the place
// after the last "of" or Romance "of" ("University of Alberta", "Stade de France"), a leading
// demonym's country ("Syrian coast" → Syria), a county's name without "County" when the document
// names the county in full ("Suffolk" beside "Suffolk County" is not Suffolk, Virginia), and a
// place's own demonym ("Kentuckians", "Iowan", "New Yorkers", "Bostonians": see demonymSuffixes).
// A name it cannot find at all (a street, a building, a neighbourhood), and a name found only by a
// part of it, or a one-word name that is a common word or given name ("Congress", "August"), whose
// place is small (not a country, a first-level region, a continent or a city of 100,000 people:
// "Council of Europe" is Europe) and lies more than 200 km from every place the document names
// ("Bandera Street" in a text about Nashville is not in Bandera, Texas; nor, whatever its size, is
// a township, borough or village named after a place: "Washington Township" in a text about
// Paterson, New Jersey), resolves to the document's focus (see focus): the city with the most
// mentions of itself, plus half the mentions of other places in its country and half again those of
// towns and counties within 50 km of it, plus a tenth of log10 of its population, else the
// second-level region, the first-level region or the country (in that order) that scores so. Such
// names lie mostly in or near the place the text is about; with no mentions there is no focus and
// the name stays unresolved. So does, when the focus is no country, a town of fewer than 30,000
// people in a country the document names nothing in and more than 200 km from its places
// ("Heathrow" in a text about London is no Heathrow, Florida).
//
// ResolveName also takes an acronym in capitals (two to five letters, maybe joined by "&" or
// full stops) for the place of the document whose name's initials it is, function words left
// out: a place a mention names, else the country of one ("SA" in a text about Durban is South
// Africa, "T&T" beside "Trinidad" is Trinidad and Tobago, "S.C." beside "South Charleston" is
// that town). GeoWebNews accuracy@161 km 0.9202 → 0.9246, LGL 0.8908 → 0.8911, no set lower.
//
// ResolveSpan is ResolveName for a caller that has the text around the name (the eval scorer):
// before the focus, and before a place found by part of the name, it takes the place the text
// names right after the name with "in", "at", "near", "outside" or "of" between them, and a
// compass word allowed after that word ("Kamenné Square in Bratislava" in a text about Košice,
// "Loyola University in Los Angeles" is not Loyola, California; "the village of Flumeri in
// southern Italy" in a text about Cambridge is in Italy): the mention that starts there, unless
// it is a feature or a country that holds the document's focus (the focus inside it is the
// nearer guess); a first-level region gives the most populous city of its name inside it ("a
// restaurant in New York", the state by the matcher's rule, is in the city). Measured on the
// development split and dropped: the same with a comma for the word (no change), with "on",
// "from", "inside" or "across" (one span worse), with any country deciding (one GeoWebNews span
// worse), a possessive before the name ("Bratislava's X": one TR-News span better, one
// GeoWebNews span worse), and the nearest mention in the same sentence or paragraph (lower
// GeoWebNews and LGL accuracy). Kept though it costs one GeoWebNews span ("St. Gregory of
// Narek in Vatican"): a country deciding when the focus lies outside it, with the compass word
// (two LGL and GeoVirus spans get their country right).
//
// A name written after "the city of", "the town of", "the village of" or "the hamlet of" keeps
// only its towns (and the curated villages, fcode PPL), "the state of" only its first-level regions (its countries when it has none:
// "the state of Qatar"), and "the province of" only its regions (kindCue, keepKind): "the state of
// Georgia" is the US state, "the state of Washington" not the city, "the city of New York" not
// the state; a settlement with no town among its candidates is one the gazetteer lacks, and the
// name is dropped ("the city of Turkey", a town of 400 people in Texas, is not the country).
// "The border with", "borders with" or "the frontier with" keeps only the name's countries, when
// it has one ("near the border with Niger" in a briefing on Nigeria is no Niger State).
//
// After disambiguation, a name written right after "Place, " that has among its candidates the
// first-level region the place lies in, and was resolved in another country, is that region
// (pairPlaceRegion): "Fort Gordon, Georgia" in a briefing on Syria is the US state, though the
// briefing's other places lie near the country Georgia. So is one resolved in the place's
// country to a town it is only another name of, unless a list goes on after it: "Tinker Air
// Force Base, Oklahoma" is the state, not Oklahoma City, near the base as the city is.
//
// ResolveWithHidden is Resolve that also returns the names found inside organisations' names
// (hidden groups, which vote but are not shown) with the places they resolved to; the eval
// command uses them as the context of a document in which the matcher shows no place.
//
// A city's one-word name after "the" and before the end of a clause, a possessive or a word
// that cannot go on a noun phrase is the river of that name when the gazetteer has one
// ("crossed the Dnipro near Krynky", "the Dnipro's left bank", and a name of two or three words,
// "along the Rio Grande in Texas"; riverAfterThe, riverOf); not
// before a noun ("the Dnipro region", "the Dnipro airport"), and not a country's; a state's
// name is the river only where no list may go on ("the Mississippi past Memphis", "the Missouri
// at Bismarck"; but "the Mississippi and Alabama guard units", listAfter). So a name in a list before a lower-case plural of a feature
// ("beaches", "beachheads", "seas", "islands", "rivers", "straits", "lakes") is the feature
// the gazetteer has as "X Beach", "X Sea" ("between Omaha and Utah beaches", "the Chukchi
// and Beaufort seas"; pluralFeatureAhead, featureOf), also when the name alone is no key or
// a common word, and for a name of two words ("the Chukchi and Beaufort seas", "the Black and
// Baltic seas", "the East China and South China seas"; listedFeature).
//
// A water body's own name keeps every water body of the name as a candidate, and the
// document's places choose ("the Colorado River at Bastrop" is the Texas river; newGroup). A
// town's name between "the" and a possessive before a ship's part or people is the ship's
// ("The Oak Hill's landing craft": shipParts), and so is a name after "aboard the" and the
// ship's first words ("aboard the Mount Whitney"). In a briefing on other countries, a
// first-level region of fewer than smallRegion1Pop people named by one word needs support
// ("Boquerón" in a briefing on Cuba), while a big city's own name with "City" needs none
// ("Gaza City" in a briefing on Israel: cityOfOwnName); and a namesake of a capital or of a
// big city abroad in a third country takes its country's share only with support within 50
// km ("Evacuees flew to Athens" beside Norfolk in a briefing on Israel is Greece's capital).
// A curated short name needs no support ("Offutt", "Whiteman", "K-1" alone are the bases); a
// state's or a city's river after "the" or "the lower" before a verb of a river is the river
// ("The Mississippi poured", "The dam on the Dnipro held": riverFollowers); a ship before "and
// the" and another ship's name and deed is a ship ("The Truman and the Carl Vinson struck":
// shipDeedAhead).
//
// # Slugs
//
// See makeSlugs: the name's words (ASCII, no leading article) joined by "-"; homonyms get
// -cc, -region, -district or -cc-<id> by a stable rank, so slugs do not change between builds.
// "page", "by-count" and "by-name" are never slugs (the place listing's own paths).
//
// # Files
//
// Recognition: normalize.go (matching keys), trie.go (the trie of keys), scan.go (tokens and
// the walk from each word start), accept.go (whether a match is a name), cues.go and
// compounds.go (the words around a match: titles, lists, datelines, ships, craft, exercises,
// installations), words.go (word lists), initials.go, span.go. Resolution: resolve.go (a
// document's groups and mentions), kinds.go (what kinds of places a name's candidates are),
// groups.go (each name's candidates and priors), coherence.go, namesakes.go, score.go,
// votes.go and disambiguate.go (the rounds that choose), register.go and focus.go (a text's
// country and focus), name.go (a name resolved on its own: ResolveName, demonyms,
// continents). matcher.go builds the Matcher, and snapshot.go writes and reads it.
//
// # Snapshots
//
// AppendSnapshot and WriteSnapshot write a built Matcher as bytes (snapshot.go); LoadSnapshot
// reads it back in a few tens of milliseconds, checking a CRC-32C of the payload and every
// index. The entries of a loaded matcher are decoded one by one, when first asked for (a
// briefing meets a few dozen of the hundred thousand), and the strings a Place is given are
// copies, so the snapshot's bytes go with the matcher. A matcher read back is the one written:
// the tests compare both field by field, and their snapshots byte by byte.
//
// # Performance
//
// Building a Matcher takes about 0.4-0.7 s (BenchmarkNewMatcher); reading its snapshot about
// 40 ms. Resolve walks the trie only from capitalised words and lower-case Arabic articles (from
// every word when a site alias, custom name or exclusion starts in lower case; a walk takes its
// first two letters from one table, trie nodes with many children look them up in a table, and
// each child's label lies beside it), tests a word's first two letters and length (wordShapes)
// before it asks a word set, looks a name's key up once for all the word sets accept asks about
// (keyKinds), notes as it reads each segment's tokens the cues of American local news and the
// words that may be written in lower case (textWords: no second pass over the text for
// usRegister, and lowerWord searches only for a word so noted), reuses the working memory of a
// call (tokens, groups and their candidates, the votes' maps, the coherence points) for the
// next through pools the Matcher owns (no package-level state), counts a name's words without building them (apartName), keeps the
// votes of the disambiguation as running totals by interned country and region numbers, stops
// its rounds after one that changes no choice and leaves the totals bit for bit as they were
// (votes.exact), and measures nearness with the equirectangular approximation: about 45 MB/s on
// the place-dense seed briefing (BenchmarkResolve) and 40 MB/s over a generated archive
// (SITREP_BENCH_CORPUS=/tmp/c100 go test -bench ResolveCorpus, after `shared/bench/gen-corpus
// 100 /tmp/c100`), per core.
package place
