package place

import (
	"strings"

	"github.com/sitrep-archive/sitrep/generator/annotate/gazetteer"
)

// accept applies the recognition rules of doc.go to the name spanning tokens i..j. It returns
// the surface's end (which may take a trailing abbreviation dot), whether the name is accepted,
// whether it needs context (weak), and whether only abbreviation candidates apply.
func (s *scanner) accept(i, j int, o int32, prev *raw) (end int, ok, weak, abbrOnly bool, reason int) {
	reason = rejOther
	m := s.m
	out := &m.outs[o]
	end = s.toks[j].end
	surface := s.seg[s.toks[i].start:end]
	hasAbbr := false
	for _, c := range out.cands {
		if c.flags&fAbbr != 0 {
			hasAbbr = true
		}
	}
	// A dotted initialism ("U.S.", "D.C.") takes its last dot; a name with a dot in an earlier
	// word only ("St. Vincent.") ends its sentence with it (initialismDot).
	initialismDot := strings.IndexByte(surface, '.') >= 0 && s.toks[j].fe-s.toks[j].fs == 1
	postal := i == j && s.toks[i].allUpper && s.toks[j].fe-s.toks[j].fs == 2 // "AZ": a dot after it ends the sentence
	if (hasAbbr && !postal || initialismDot) && end < len(s.seg) && s.seg[end] == '.' {
		end++
		surface = s.seg[s.toks[i].start:end]
	}
	spelled := false
	for _, n := range out.names {
		spelled = spelled || n == surface
	}
	key := string(s.buf[s.toks[i].fs:s.toks[j].fe])
	kinds := keyKindsOf(key)
	first := i
	if j > i && (articles[s.word(i)] || compassAdjectives[s.word(i)]) && !s.toks[i].upper {
		first = i + 1 // "al-Qaim"; "the southern Red Sea" (a compass region's name: see resolve)
	}
	// A name never ends in an English function word, though another language spells it so
	// ("Kuwait by", Norwegian for Kuwait City, in "a contractor in Kuwait by $94 million"),
	// unless joined by a hyphen as the gazetteer spells it ("Wolmi-do", a Korean island).
	if j > i && !s.toks[j].upper && stopWords[s.word(j)] && !articles[s.word(j)] && !(s.seg[s.toks[j-1].end:s.toks[j].start] == "-" && m.spelledExactly(surface, out.cands)) {
		return end, false, false, false, reason
	}
	if !spelled {
		if !s.toks[first].upper {
			return end, false, false, false, reason
		}
		// A lower-case last word must be a generic one ("Kirkuk province"), unless the
		// gazetteer spells the name so ("Baltic states").
		if j > i && !s.toks[j].upper && !lowerOK[s.word(j)] && !m.spelledExactly(surface, out.cands) {
			return end, false, false, false, reason
		}
	}
	if kinds&kDemonym != 0 {
		return end, false, false, false, reason
	}
	for t := i; t <= j; t++ {
		if s.toks[t].contracted {
			return end, false, false, false, reason
		}
	}
	// A modifier before a capitalised word modifies it ("Central American", "North Side"):
	// it is no town called Central or North.
	if i == j && kinds&kModifier != 0 && !spelled && j+1 < len(s.toks) && s.toks[j].join && s.toks[j+1].upper {
		return end, false, false, false, reason
	}
	// ... and on its own it is an adjective or a direction ("Western governments", "go West"),
	// unless a region's suffix follows ("Western province").
	if i == j && kinds&kModifier != 0 && !spelled && !(j+1 < len(s.toks) && s.toks[j].join && suffixes[s.word(j+1)] != 0) {
		return end, false, false, false, reason
	}
	// The acronym of a union of countries is no town ("EU" is not Eu, France).
	if len(surface) <= 4 && allUpper(surface) && unionAcronyms[s.words(i, j)] != "" {
		return end, false, false, false, reason
	}
	// A compass word written apart from the rest of a name of small places that the gazetteer
	// writes as one word names something else ("North Field", an airfield on Tinian, is no
	// Northfield); places named so are in the gazetteer as written ("West Lafayette").
	if j == i+1 && compassWords[s.word(i)] && s.seg[s.toks[i].end:s.toks[j].start] == " " && m.smallOnly(o) && !m.spelledExactly(surface, out.cands) {
		return end, false, false, false, reason
	}
	// So are two words written apart matching only one-word names of small places ("the Son Tra
	// district" of Da Nang is no Sontra, Germany); the gazetteer writes "Da Nang" and "Hoi An"
	// apart, and a big city's other spelling stays ("Danang").
	if j == i+1 && s.seg[s.toks[i].end:s.toks[j].start] == " " && m.smallOnly(o) && !m.apartName(o) {
		return end, false, false, false, reason
	}
	// A Roman numeral after a capitalised word numbers it ("World War II", "WW II", "Phase
	// IV"): it is no place called Ii or Iv.
	if i == j && i >= 1 && s.toks[i].allUpper && romanNumeral(surface) && s.toks[i-1].upper && s.seg[s.toks[i-1].end:s.toks[i].start] == " " {
		return end, false, false, false, reason
	}
	// "War" after a capitalised word, or before "of", names a war ("the Korean War", "the Cold
	// War", "the War of 1812"), not War, West Virginia.
	if i == j && (s.word(i) == "war" || s.word(i) == "wars") && s.toks[i].upper &&
		(i >= 1 && s.toks[i-1].upper && s.seg[s.toks[i-1].end:s.toks[i].start] == " " || j+1 < len(s.toks) && s.toks[j].join && s.word(j+1) == "of") {
		return end, false, false, false, reason
	}
	// A one-word name after a capitalised "National" names a park, a forest or a cemetery
	// ("the Shawnee National Forest", "Yellowstone National Park"): no town called Forest or Park.
	if i == j && i >= 1 && s.word(i-1) == "national" && s.toks[i-1].upper && s.seg[s.toks[i-1].end:s.toks[i].start] == " " {
		return end, false, false, false, reason
	}
	// A name of towns or regions only, before a capitalised "River" or "Creek", names the
	// stream ("the Winooski River", "the Guadalupe River"), which the gazetteer lacks; a
	// curated river is matched with its generic word, or as itself ("the Tigris River").
	if j+1 < len(s.toks) && s.toks[j].join && s.toks[j+1].upper && (s.word(j+1) == "river" || s.word(j+1) == "creek") && !m.hasFeature(o) {
		return end, false, false, false, reason
	}
	// "Center", "University" or another organisation's head after a capitalised word ends a
	// facility's or an organisation's name ("the TCF Center", "the 627th Hospital Center", "Iowa
	// State University", after a possessive too: "Omaha's Center for Public Affairs"): no town
	// called Center or University.
	if i == j && i >= 1 && orgHeads[s.word(i)] && s.toks[i].upper && s.toks[i-1].upper && s.nameGap(i-1) {
		return end, false, false, false, reason
	}
	// Month and weekday names are never places ("August 30", "March 2017").
	if kinds&kDayMonth != 0 {
		return end, false, false, false, reason
	}
	// A rank or title abbreviation ("Brig. Gen. Roger Turner") is never a place.
	if i == j && kinds&kRank != 0 && s.toks[j].end < len(s.seg) && s.seg[s.toks[j].end] == '.' {
		return end, false, false, false, reason
	}
	// A name after a rank or title is a person's ("Gen. Turner", "Secretary Pompeo"); before a
	// capitalised word it is the given name, and a given name that is a country's ("Sgt.
	// Jordan Williams", "Cpl. Israel Garcia") stays that place
	// elsewhere in the document ("the border with Jordan"; but "President Vladimir Putin ... a
	// friend of Vladimir" is the person).
	if i >= 1 && s.toks[i-1].upper && ranks[s.word(i-1)] && s.rankGap(i-1) {
		if i == j && s.beforeSurname(j, end) && m.namesCountry(o) {
			return end, false, false, false, rejOther
		}
		return end, false, false, false, rejPerson
	}
	// A one-word name by which a speaker calls someone ("Nancy, we've been very clear." in a
	// transcript) or after a transcript's "Q:" and before a comma ("Q: Tyler, Japan Times.") is a
	// person's; a country's or a state's name so written must be a given name too ("Jordan,
	// we're working with Egypt" to a reporter named Jordan; "Syria, we've been clear" stays).
	if i == j && s.strongVocative(i, end) {
		return end, false, false, false, rejOther // this mention only: "Jordan's concerns" stays the country
	}
	// ... and a small place's name set off by commas after a word in lower case in a speaker's
	// turn ("About $32.4 billion, Lara, for six new ships").
	if i == j && i >= 1 && !m.countryOrRegion(o) && m.smallOnly(o) && strings.HasPrefix(s.seg[end:], ", ") && !s.toks[i-1].upper &&
		s.seg[s.toks[i-1].end:s.toks[i].start] == ", " && transcriptTurn(s.seg[:s.toks[i].start]) == 'S' {
		return end, false, false, false, rejPerson
	}
	if i == j && s.vocative(i, end) && (!m.countryOrRegion(o) || givenNames[s.word(i)]) {
		if m.countryOrRegion(o) {
			return end, false, false, false, rejOther
		}
		return end, false, false, false, rejPerson
	}
	// So is a one-word name after a rank and a given name ("Lt. Cmdr. Victoria Chen" is no
	// Chenzhou, once Chen), the given name being no rank itself (see above).
	if i == j && i >= 2 && s.toks[i-1].upper && !s.toks[i-1].allUpper && s.seg[s.toks[i-1].end:s.toks[i].start] == " " && !ranks[s.word(i-1)] &&
		!pluralPossessive(s.seg[s.toks[i-1].start:s.toks[i-1].end]) && // "General Dynamics' Groton yard"
		s.toks[i-2].upper && ranks[s.word(i-2)] && s.rankGap(i-2) {
		if m.namesCountry(o) {
			return end, false, false, false, rejOther
		}
		return end, false, false, false, rejPerson
	}
	// A one-word name joined by "and" to a ranked person is a person too: "Austin and Gen.
	// Kurilla said" is the secretary, not Austin, Texas (not a country's or a state's name:
	// "Jordan and Gen. ..." may name the country; nor after "in", "from" and the like).
	if i == j && s.andRankAfter(end) && !m.countryOrRegion(o) && !(i > 0 && (locativeWords[s.word(i-1)] || s.word(i-1) == "from" || s.word(i-1) == "to")) {
		return end, false, false, false, rejPerson
	}
	// A one-word name right after another capitalised word and before a comma and an age is a
	// person's surname: "Lance Garcia, 36;" in a list of the dead, "Pfc. Lance Lancaster, 21, of
	// Ohio" (not a country's or a state's name).
	if i == j && i >= 1 && s.toks[i-1].upper && s.seg[s.toks[i-1].end:s.toks[i].start] == " " && !m.countryOrRegion(o) &&
		!articles[s.word(i-1)] && ageAfter(s.seg[end:]) {
		return end, false, false, false, rejPerson
	}
	// A legislature named like a town is no place after "the" or before its members: "the Duma",
	// "Duma deputies", "the Rada" (but "in Duma", "in Douma" is the town near Damascus).
	if i == j && legislatures[s.word(i)] && (i >= 1 && s.word(i-1) == "the" || strings.HasPrefix(s.seg[end:], " deputies") ||
		strings.HasPrefix(s.seg[end:], "'s ") || strings.HasPrefix(s.seg[end:], "’s ")) {
		return end, false, false, false, rejOther
	}
	// A name after "AC" or "FC", or before "FC", is a football club's ("AC Milan").
	if i >= 1 && s.toks[i-1].allUpper && (s.word(i-1) == "ac" || s.word(i-1) == "fc") && s.seg[s.toks[i-1].end:s.toks[i].start] == " " ||
		strings.HasPrefix(s.seg[end:], " FC") {
		return end, false, false, false, rejOther
	}
	// A one-word name after an ordinal is a formation's ("the 6th Fleet", "the Sixth Fleet",
	// "the 1st Cavalry") is no town called Fleet or Cavalry.
	if i == j && (ordinalBefore(s.seg[:s.toks[i].start]) || i >= 1 && s.toks[i-1].upper && ordinalWords[s.word(i-1)] && s.seg[s.toks[i-1].end:s.toks[i].start] == " ") && !m.countryOrRegion(o) {
		return end, false, false, false, rejOther
	}
	// A sea's name of one word before a plural noun of people or states is an adjective: "350
	// Caribbean troops", "the Eastern Caribbean states", "Pacific partners" (this mention only;
	// not "Caribbean islands" or "Pacific waters").
	if i == j && end == s.toks[j].end && j+1 < len(s.toks) && s.toks[j].join && !s.toks[j+1].upper && adjectivalNouns[s.word(j+1)] &&
		!m.namesCountryOrRegions(o) && m.seaOnly(o) {
		return end, false, false, false, rejOther
	}
	// A name after a capitalised "Via" inside a sentence names a road: "on the Via Cassia" (no
	// Cássia, Brazil).
	if i >= 1 && s.toks[i-1].join && s.toks[i-1].upper && s.word(i-1) == "via" && !s.sentenceStart(i-1) && !m.namesCountry(o) {
		return end, false, false, false, rejOther
	}
	// A small place's name before "poll" or "survey" is a pollster's: "a Gallup poll".
	if i == j && end == s.toks[j].end && j+1 < len(s.toks) && s.toks[j].join && !s.toks[j+1].upper && m.smallOnly(o) &&
		(s.word(j+1) == "poll" || s.word(j+1) == "polls" || s.word(j+1) == "survey") {
		return end, false, false, false, rejOther
	}
	// A one-word name right after a cardinal number counts things so named or numbers a
	// formation: "3 Para marched" (the Parachute Regiment's battalion, no Pará), "22 SAS raided",
	// "two Hercules landed", "11 Victor tankers" (not a country's name, and not after a month:
	// "June 5 Mosul"). But the number counts people or things of the place
	// when a plural noun follows, other than a craft's: "two Mansfield aldermen", "55
	// Gainesville residents", "12 Mosul neighbourhoods".
	if i == j && s.afterCardinal(i) && !m.namesCountry(o) && !s.pluralOfPlaceAhead(j, end) {
		return end, false, false, false, rejOther
	}
	// A name right after a capitalised "New" is the end of a longer name ("The New Jersey
	// fired", the battleship, is no Jersey in the Channel Islands; "New Mexico" no Mexico).
	if i >= 1 && s.toks[i-1].upper && s.toks[i-1].join && s.word(i-1) == "new" && s.seg[s.toks[i-1].end:s.toks[i].start] == " " && !strings.Contains(surface, ".") {
		return end, false, false, false, rejOther
	}
	// An aircraft's name of two words is the aircraft unless its state or "County" follows:
	// "one Black Hawk and two Chinooks" (not Blackhawk, California; "Black Hawk County, Iowa"
	// and "Black Hawk, South Dakota" stay places).
	if j == i+1 && craftPairNames[key] && !s.regionAfterComma(j) && !(j+1 < len(s.toks) && s.word(j+1) == "county") {
		return end, false, false, false, rejOther
	}
	// A service's adjective before a capitalised word opens an installation's or a unit's
	// name ("Naval Air Station Kaneohe Bay" is no Naval, Biliran; "Army Air Field").
	if i == j && j+1 < len(s.toks) && s.toks[j].join && s.toks[j+1].upper && serviceAdjectives[s.word(i)] {
		return end, false, false, false, rejOther
	}
	// A name after a model year and maybe a colour is a vehicle's make, in the whole document:
	// "a 2005 black Ford truck", "a 1993 brown Cadillac", "a 2008 Honda ... The Honda".
	if i == j && s.afterModelYear(i) && !m.countryOrRegion(o) && !(j+1 < len(s.toks) && s.toks[j].join && !s.toks[j+1].upper && eventNouns[s.word(j+1)]) {
		return end, false, false, false, rejPerson
	}
	// A byline's name: "By KENT MALLETT", "BY CHAD KLIMACK", after "By" opening a line.
	if i == j && i >= 1 && j+1 < len(s.toks) && s.word(i-1) == "by" && s.toks[i-1].upper && s.toks[j+1].upper && s.toks[j].join &&
		(i == 1 || hasNewline(s.seg[s.toks[i-2].end:s.toks[i-1].start]) || s.toks[i-1].allUpper) {
		return end, false, false, false, rejPerson
	}
	// A name before "virus", "ebolavirus", "fever" or "strain" names a disease or a strain, in
	// the whole document ("the Marburg virus ... imported Marburg", "Reston ebolavirus", "the
	// Saintpaul strain"), and so does one between slashes before a number, an influenza strain's
	// ("A/California/7/2009").
	if end == s.toks[j].end && diseaseAhead(s.seg[end:]) {
		return end, false, false, false, rejPerson
	}
	if i >= 1 && strings.HasSuffix(s.seg[:s.toks[i].start], "/") && end+1 < len(s.seg) && s.seg[end] == '/' && isDigit(s.seg[end+1]) {
		return end, false, false, false, rejOther
	}
	// A name after "news agency" is the agency's too ("China's official news agency Xinhua").
	if hasSuffixFold(s.seg[:s.toks[i].start], "news agency ") && !m.countryOrRegion(o) {
		return end, false, false, false, rejPerson
	}
	// A name before "news agency" is the agency's, in the whole document ("the Xinhua news
	// agency ... according to Xinhua" is no Shangmei, once Xinhua), unless it is a country's or
	// a region's ("the Kuwait News Agency").
	if end == s.toks[j].end && !m.countryOrRegion(o) && (strings.HasPrefix(s.seg[end:], " news agency") || strings.HasPrefix(s.seg[end:], " News Agency")) {
		return end, false, false, false, rejPerson
	}
	// A Chinese province's name after "the", or after a ship's "Type" and number, names a
	// warship (the PLA Navy names carriers and assault ships after provinces): "The Fujian,
	// China's third aircraft carrier", "the Liaoning is homeported", "the Type 076 Sichuan";
	// not before a region's noun or another name ("the Shandong Peninsula", "Shandong province").
	if i == j && m.provinceOf(o, "CN") && (s.afterThe(i) || s.afterTypeNumber(i)) && !s.regionNounAfter(j) {
		return end, false, false, false, rejShip
	}
	// An aircraft's name after "the" is the aircraft, or its type: "The Osprey crashed", "the
	// Chinook that landed" (not "the Osprey, Florida, parade": a region after a comma).
	if (s.afterThe(i) || s.afterIndefinite(i) || s.afterDesignation(i) || s.afterTheAdjective(i) || i > 0 && (s.word(i-1) == "each" || s.word(i-1) == "every" || serviceWords[s.word(i-1)] && s.toks[i-1].upper) ||
		j+1 < len(s.toks) && s.toks[j].join && craftNouns[s.word(j+1)]) &&
		aircraftNames[key] && !s.regionAfterComma(j) {
		return end, false, false, false, rejOther // (also "a Stryker against drones", "The M-SHORAD Stryker carries", "the latest Bradley", "Each Stryker")
	}
	// A common word after a possessive determiner is the word: "defends our Homeland".
	if i == j && kinds&kCommonWord != 0 && i > 0 && possessiveDeterminers[s.word(i-1)] && !s.toks[i-1].upper {
		return end, false, false, false, rejOther
	}
	// A small place's name after a model's designation is the model's name: "the M10 Booker".
	if i == j && i > 0 && s.toks[i-1].join && s.seg[s.toks[i-1].end:s.toks[i].start] == " " && s.toks[i-1].upper &&
		designationToken(s.seg[s.toks[i-1].start:s.toks[i-1].end]) && !roadNumber(s.seg[s.toks[i-1].start:s.toks[i-1].end]) && m.smallOnly(o) && !s.regionAfterComma(j) {
		return end, false, false, false, rejOther
	}
	// A town's name before the generic name of a facility after a possessive is the facility's
	// own name, not the town: "Fort Huachuca's Libby Army Airfield" is no Libby, Montana.
	if i >= 1 && s.toks[i-1].poss && s.toks[i-1].upper && j+1 < len(s.toks) && s.toks[j].join && s.facilityAhead(j+1, !m.smallOnly(o)) &&
		(s.word(j+1) == "army" || s.word(j+1) == "airfield") { // (not "Moscow's Domodedovo Airport")
		return end, false, false, false, rejOther
	}
	// A name before a possessive, a model's designation and the model's name is its maker:
	// "Bell's V-280 Valor", "Leonardo's M-346 Master" (not "Russia's S-400", a country's, nor
	// "McConnell's KC-135 fleet", a base's).
	if i == j && s.toks[j].poss && j+1 < len(s.toks) && s.toks[j+1].upper && !m.countryOrRegion(o) && s.makerModelAt(s.toks[j+1].start) {
		return end, false, false, false, rejOther
	}
	// A name before "class" is a class of ships: "the Virginia class", "the Columbia class
	// submarines" (as "Virginia-class" is).
	if end == s.toks[j].end && j+1 < len(s.toks) && s.toks[j].join && s.word(j+1) == "class" && !s.toks[j+1].upper {
		return end, false, false, false, rejOther
	}
	// A nickname in quotes between a given name and a surname is no place: Hiroshi "Hershey"
	// Miyamura, William "Buffalo Bill" Cody.
	if s.quotedNickname(i, j, end) {
		return end, false, false, false, rejPerson
	}
	// A country after "Air" is an airline's name: "Air France", "Air Malta", "Air India".
	if i >= 1 && s.toks[i-1].join && s.toks[i-1].upper && s.word(i-1) == "air" && m.namesCountry(o) {
		return end, false, false, false, rejOther
	}
	// A model's designation starts with letters joined to digits by a hyphen: "Tu-95", "Il-76",
	// "Su-35" name no towns (Tsu, Japan).
	if i == j && end+1 < len(s.seg) && end == s.toks[j].end && s.seg[end] == '-' && isDigit(s.seg[end+1]) && s.toks[i].fe-s.toks[i].fs <= 3 {
		return end, false, false, false, rejOther
	}
	// A country's name before its currency names the currency ("about 40 US dollars",
	// "US$3.7m", "$15,000 in U.S. currency"), and a name after "bin", "ibn" or "bint" a person's ("Mohammed bin Salman").
	if end < len(s.seg) && s.seg[end] == '$' || (strings.HasPrefix(s.seg[end:], " dollar") || strings.HasPrefix(s.seg[end:], " currency")) && m.namesCountry(o) {
		return end, false, false, false, rejOther
	}
	if i >= 1 && s.seg[s.toks[i-1].end:s.toks[i].start] == " " && !s.toks[i-1].upper {
		if w := s.word(i - 1); w == "bin" || w == "ibn" || w == "bint" {
			return end, false, false, false, rejPerson
		}
	}
	// A name before "administration" is a president's ("the Obama administration" is no Obama,
	// Japan; "the Clinton and Bush Jr administrations"), not a country's or a region's.
	if i == j && end == s.toks[j].end && !m.countryOrRegion(o) && administrationAhead(s.seg[end:]) {
		return end, false, false, false, rejPerson
	}
	// A name after a possessive and a noun of kin is a person's ("his sister Chelsea", "Rozen's
	// wife, Julia"); a given name that is a country's ("her daughter Jordan") stays that place
	// elsewhere in the document, as after a rank.
	if s.afterKin(i) {
		if m.namesCountry(o) {
			return end, false, false, false, rejOther
		}
		return end, false, false, false, rejPerson
	}
	// An Arabic article joined by a hyphen to the next word begins an Arabic name
	// ("Al-Shabaab"), in headings too: it is no place called Al or El.
	if i == j && kinds&kArticle != 0 && end < len(s.seg) && s.seg[end] == '-' {
		return end, false, false, false, rejOther
	}
	// A name after "Operation" or "Exercise" is (part of) a code name; a name after "Fort" or
	// "Camp" names a military post the gazetteer lacks ("Fort Wingate", "Camp Dodge"), not
	// the place; a post the gazetteer has matched whole first ("Fort Bragg", "Fort Campbell").
	if i >= 1 && stormHeads[s.word(i-1)] && s.toks[i-1].upper && s.toks[i-1].join && !m.countryOrBigRegion(o) {
		// a storm is named as a person is: "Hurricane Harvey ... Harvey's floodwaters" is the
		// storm elsewhere in the document too, not Harvey, Illinois
		return end, false, false, false, rejPerson
	}
	if i == j && s.stormCue(j) && !m.countryOrBigRegion(o) {
		// ... and so is a name its storm's words follow: "Harvey's eyewall", "Ida made
		// landfall", "Maria's remnants"
		return end, false, false, false, rejPerson
	}
	if s.afterNameHead(i) {
		return end, false, false, false, rejContext
	}
	// A name after a hyphen in a joint base's name is that of an installation merged into it
	// ("Joint Base San Antonio-Randolph" is no Randolph, Massachusetts).
	if s.mergedBase(i) {
		return end, false, false, false, rejContext
	}
	// A name right after the head of a command's name ends that name ("U.S. Naval Forces
	// Europe", "U.S. Forces Korea", "U.S. Army Europe", "Patrol Forces Southwest Asia", "Army
	// Europe and Africa", "Naval Forces Europe-Africa"): no place is shown, but it votes as a
	// name inside an organisation's does.
	if s.inCommandName(i) && !(i < j && campHeads[s.word(i)]) { // ("Army Camp Humphreys" is the camp)
		return end, false, false, false, rejContext
	}
	// A name in an Islamic State province's or branch's name is no place ("Islamic State
	// Sahel Province", "the Islamic State's West Africa Province", "the Islamic State in the
	// Greater Sahara"); it votes as a name inside an organisation's does.
	if s.inAffiliateName(i, j) {
		return end, false, false, false, rejContext
	}
	// An English word that is also an Arabic article ("at", "as", "an"), in lower case and
	// followed by a space, joins no word into a name written as one ("at Ali" is not Atali,
	// an old name of Antalya); "at-Tanf" and "As Sukhnah" still do.
	if j > i && !s.toks[i].upper && englishArticles[s.word(i)] && s.toks[i].end < len(s.seg) && s.seg[s.toks[i].end] == ' ' &&
		!m.spelledExactly(surface, out.cands) {
		return end, false, false, false, reason
	}
	// Words joined into a name across a one-letter word are no name ("And I" is not Andi, Russia;
	// "A. So" not Aso, Japan), unless the gazetteer writes the name so or every word is a
	// letter ("D. C.").
	if j > i && !spelled && s.joinsLetter(i, j) && !m.spelledExactly(surface, out.cands) {
		return end, false, false, false, reason
	}
	// A dotted acronym ("U.N.") is a place only when the gazetteer has the acronym ("U.S.",
	// "UK", "UAE"), not when its letters spell a town's name ("Un", India).
	if dottedAcronym(surface) && !m.spelledExactly(surface, out.cands) &&
		!m.spelledExactly(strings.ReplaceAll(surface, ".", ""), out.cands) {
		return end, false, false, false, reason
	}
	// A dotted acronym that runs on into a longer one, or "U.S." before "Code", cites a law:
	// "10 U.S.C. 3204", "10 U.S. Code 2304".
	if dottedAcronym(surface) && (end+1 < len(s.seg) && (s.seg[end] >= 'A' && s.seg[end] <= 'Z') && s.seg[end+1] == '.' ||
		strings.HasPrefix(s.seg[end:], " Code")) {
		return end, false, false, false, reason
	}
	// A name in a ship's name is no place ("USS New York", "USS Mount Whitney", "HMS Queen
	// Elizabeth").
	// A country after a kind of ship and before a verb in lower case is the country that acts:
	// "the boat Iran seized", "a tug Kuwait leased" (but "the tanker Iran Ajr").
	if s.inShipName(i) && !(m.namesCountry(o) && s.shipNounBefore(i) && j+1 < len(s.toks) && s.toks[j].join && !s.toks[j+1].upper) {
		if i == j && m.smallOnly(o) {
			// a ship named after a person or a small town is that ship elsewhere in the
			// document too ("USS Carney ... the Carney's crew"), as a person's name is
			return end, false, false, false, rejPerson
		}
		// nor does a ship's name say where the text is ("USS Mason" gives no vote to Mason,
		// Ohio)
		return end, false, false, false, rejShip
	}
	// An all-capital word that the gazetteer spells otherwise, amid ordinary text, is an
	// acronym ("NATO" is not Nato, Philippines), unless it starts a line as a dateline does
	// ("LONDON -", "KABUL, Afghanistan", not "NATO troops ...")
	// or a sentence that goes on with ", " and a region ("... met. ROANOKE, Va. -").
	if i == j && s.toks[i].allUpper && !spelled && !m.spelledExactly(surface, out.cands) && !(s.lineStart(i) && s.datelineAfter(j)) &&
		!(i > 0 && s.toks[i-1].allUpper) && !(j+1 < len(s.toks) && s.toks[j+1].allUpper) &&
		!((s.regionAfterComma(j) || s.dashAfter(j)) && s.sentenceStart(i)) {
		return end, false, false, false, reason
	}
	// A name of several words ending in a lower-case generic word must not start with a
	// function or common word ("The city", "Inner city"); a number is no such word ("Tower
	// 22").
	if j > first && !spelled && !s.toks[j].upper && !isDigit(s.buf[s.toks[j].fs]) && (stopWords[s.word(first)] || commonWords[s.word(first)]) {
		return end, false, false, false, reason
	}
	if kinds&kStopWord != 0 {
		if !(spelled || allUpper(surface) && m.spelledExactly(surface, out.cands)) {
			return end, false, false, false, reason
		}
	}
	aliasOnly := true
	for _, c := range out.cands {
		if c.flags&fAlias == 0 {
			aliasOnly = false
		}
	}
	if kinds&kCommonWord != 0 && !spelled && !aliasOnly && !s.listedFeature(j, surface, out.cands) {
		// (a sentence's first word stays one, unless its region follows: "HIT, Iraq —")
		if !s.regionAfterComma(j) && (s.sentenceStart(first) || !m.spelledExactly(surface, out.cands)) {
			return end, false, false, false, reason
		}
		weak = true
	}
	// A name joined by a hyphen to a number names a weapon or a model: "a Palestine-2 missile",
	// "Kursk-1 drones", "Marib-3 rockets".
	if rest := s.seg[end:]; len(rest) >= 2 && rest[0] == '-' && rest[1] >= '0' && rest[1] <= '9' {
		return end, false, false, false, reason
	}
	// "U.S." before a federal court's name is part of it: "the U.S. District Court for the
	// District of Columbia".
	if written, rest := s.seg[s.toks[i].start:end], strings.TrimPrefix(s.seg[end:], "."); (written == "U.S." || written == "U.S") && federalOfficeAhead(rest) {
		return end, false, false, false, reason
	}
	// An abbreviation before a formation's ordinal and a capitalised word heads the formation's
	// name: "U.S. 3rd Fleet", "U.S. 25th Infantry Division".
	if written, rest := s.seg[s.toks[i].start:end], s.seg[end:]; (strings.Contains(written, ".") || strings.HasPrefix(rest, ".")) &&
		ordinalFormationAhead(strings.TrimPrefix(rest, ".")) {
		return end, false, false, false, reason
	}
	// A name after a task force's acronym and a hyphen or a space names the task force:
	// "JTF-Haiti", "SPMAGTF-Haiti", "JFC-Liberia", "CJTF Horn of Africa".
	if taskForceBefore(s.seg[:s.toks[i].start]) {
		return end, false, false, false, reason
	}
	// A country in parentheses between a formation's ordinal and its kind is part of its name:
	// "3rd (United Kingdom) Division", "1st (UK) Division", "1 (UK) Armoured Division".
	if before := strings.TrimRight(s.seg[:s.toks[i].start], " "); strings.HasSuffix(before, "(") && formationNumberBefore(before[:len(before)-1]) &&
		formationAfterParen(s.seg[end:]) {
		return end, false, false, false, reason
	}
	// A word of the armed services on its own is the service ("a Marine KC-130J", "Guard
	// units"), not a town named so, unless its region follows ("Marine, Illinois").
	if i == j && serviceWords[s.word(i)] && !s.regionAfterComma(j) {
		return end, false, false, false, reason
	}
	// A water body's generic word before "of" and a capitalised word heads the water body's
	// name, which the gazetteer lacks ("the Bay of Biscay" is no Bay region of Somalia).
	if i == j && waterHeads[key] && j+2 < len(s.toks) && s.toks[j].join && s.word(j+1) == "of" && s.toks[j+2].upper {
		return end, false, false, false, reason
	}
	// A one-word name of small places only before a number names a numbered thing ("Section
	// 60" of a cemetery, "Hangar 3"), and after "a" or "an", perhaps with an adjective, and
	// before a preposition or a stop, it is a thing or a person, not a town ("a burning Bradley
	// near Samarra", "a Hilton, which opened"; but "a Chiefland bar", "a Denison, Iowa-based
	// firm").
	if i == j && m.smallOnly(o) {
		if rest := s.seg[end:]; len(rest) > 1 && rest[0] == ' ' && rest[1] >= '0' && rest[1] <= '9' {
			return end, false, false, false, reason
		}
		if s.afterIndefinite(i) && s.headNounEnd(j) {
			return end, false, false, false, reason
		}
	}
	// ... and so is a name of small places after "a" or "an" and before a verb in the past
	// tense or another such noun: "A Chinook dropped sandbags", "a Chinook and a Black Hawk".
	if end == s.toks[j].end && m.townsOrCounties(o) && i >= 1 && s.toks[i-1].join && (s.word(i-1) == "a" || s.word(i-1) == "an") &&
		j+1 < len(s.toks) && s.toks[j].join && !s.toks[j+1].upper && s.seg[s.toks[j].end:s.toks[j+1].start] == " " {
		w := s.word(j + 1)
		if len(w) > 3 && strings.HasSuffix(w, "ed") || deedVerbs[w] || i < j && headPrepositions[w] ||
			(w == "and" || w == "or") && j+2 < len(s.toks) && (s.word(j+2) == "a" || s.word(j+2) == "an") {
			return end, false, false, false, rejOther
		}
	}
	// A name of small places only before "&" and a capitalised word begins a firm's name
	// ("Pratt & Whitney", "Black & Veatch").
	if i == j && j+1 < len(s.toks) && m.smallOnly(o) && strings.HasPrefix(s.seg[s.toks[j].end:], " & ") && s.toks[j+1].upper &&
		s.toks[j+1].start == s.toks[j].end+3 {
		return end, false, false, false, reason
	}
	// ... and so does one joined by a hyphen to a capitalised word before a firm's word
	// ("Whiting-Turner Contracting Co.", "Kiewit-Turner Construction").
	if i == j && j+2 < len(s.toks) && m.smallOnly(o) && s.toks[j].end < len(s.seg) && s.seg[s.toks[j].end] == '-' &&
		s.toks[j+1].start == s.toks[j].end+1 && s.toks[j+1].upper && s.toks[j+1].join && firmWords[s.word(j+2)] {
		return end, false, false, false, reason
	}
	// A common word joined by "and" or "&" to a capitalised common word or organisation's
	// head that is no place here ends an organisation's name ("Chamber of Commerce and
	// Industry", "News & Advance"), unless the pair heads a plural generic word ("Lake and
	// Orange counties").
	if weak && i == j && i >= 1 && s.coordinated(i, prev) {
		return end, false, false, false, reason
	}
	// A name that is also a word heading organisations' names ("University", "Police") is
	// no place before "of" ("University of Alberta"), nor a common word before "of" and a
	// capitalised word, perhaps after "the" ("Secretary of Defense", "the Battle of the
	// Bulge"), unless it is a generic word of places or waters ("Gulf of Aden", "Lake of the
	// Woods"; ofCapital).
	if !spelled && j+2 < len(s.toks) && s.toks[j].join && s.word(j+1) == "of" && (kinds&kOrgHead != 0 || weak && !placeHeads[key] && !waterHeads[key] && s.ofCapital(j+2)) {
		return end, false, false, false, reason
	}
	if kinds&kOrgHead != 0 && !spelled && !aliasOnly && !weak {
		if s.sentenceStart(first) || !m.spelledExactly(surface, out.cands) || institutions[key] {
			return end, false, false, false, reason
		}
		weak = true
	}
	reason = rejContext
	// A name followed by an Arabic article and a capitalised word is part of a longer Arabic
	// name ("Bunyan al-Marsous").
	// ("Iraq as Turkish jets struck" is no such name: an article that is also an English word
	// counts only when hyphenated).
	if j+2 < len(s.toks) && s.toks[j].join && s.toks[j+1].join && !s.toks[j+1].upper && articles[s.word(j+1)] && s.toks[j+2].upper &&
		!(englishArticles[s.word(j+1)] && !strings.Contains(s.seg[s.toks[j+1].end:s.toks[j+2].start], "-")) {
		return end, false, false, false, reason
	}
	// ... and so is a one-word name after a capitalised word and an Arabic article
	// ("Maarat al-Numan" is no Numan, Nigeria; "Muqtada al-Sadr" no district called Sadr).
	if s.afterArabicHead(i, j) {
		return end, false, false, false, reason
	}
	// ... and so is a name followed by a Romance "of" and a capitalised word ("Stade de
	// France", "Banque du Liban").
	if j+2 < len(s.toks) && s.toks[j].join && s.toks[j+1].join && !s.toks[j+1].upper && s.toks[j+2].upper && end == s.toks[j].end &&
		romanceOf[string(s.buf[s.toks[j+1].fs:s.toks[j+1].fe])] {
		return end, false, false, false, reason
	}
	// Abbreviations ("Ga.") count only right after "Place, ".
	if hasAbbr {
		if (prev != nil && prev.seg >= 0 && strings.TrimSpace(s.seg[prev.end:s.toks[i].start]) == "," || s.abbrAfterTown(i, j, end) || partyState(s.seg, s.toks[i].start)) &&
			!(i == j && len(surface) == 2 && !s.toks[i].allUpper) {
			// (a two-letter postal code only in capitals: "Mesa, AZ", not "Mesa, in Arizona")
			abbrOnly = true
		} else {
			other := false
			for _, c := range out.cands {
				other = other || c.flags&fAbbr == 0
			}
			if !other || (end > s.toks[j].end || postal) && !m.spelledAsName(surface, out.cands) {
				// written as the abbreviation, with its dot, but not after "Place, ": no
				// other place of that name either ("Sen. Bob Casey, D-Pa." is not Pa,
				// China), unless one is spelled so ("L.A."); nor a state's postal code
				// ("Metropolitan Police/PA" is no Pa, once a name of Chongqing)
				return end, false, false, false, reason
			}
		}
	}
	// Part of a street's or a code's name: a name before an ordinal or a code of digits and
	// letters ("Southeast 12th Avenue", "Division 3A").
	if j+1 < len(s.toks) && s.toks[j].join && end == s.toks[j].end && s.seg[s.toks[j].end] == ' ' && isWordByte(s.seg, s.toks[j].end-1) && codeWord(s.word(j+1)) {
		return end, false, false, false, reason
	}
	// A saint's day is no place ("St. George's Day"), nor a church, a school or a hospital
	// called after a saint ("St. Peter's Basilica", "St. Mary's High School": a saint's given
	// name, a possessive and a capitalised word).
	if end < len(s.seg) && (saintsDay(s.seg[end:]) || saints[s.word(i)] && (s.possessiveName(end) || j == i+1 && givenNames[s.word(j)] && s.possessiveCap(end))) {
		return end, false, false, false, reason
	}
	// A name before a firm's "Co." is the firm's: "Florida Power and Light Co., Juno Beach",
	// "Mesa Co., Boston, Massachusetts" (not "Loudon Co., Va.", a county; firmCo).
	if j+1 < len(s.toks) && s.toks[j].join && s.word(j+1) == "co" && s.toks[j+1].upper && s.firmCo(i, j+1) {
		return end, false, false, false, rejOther
	}
	// A name after a model's designation names the model: "UH-60 Black Hawk", "AH-64 Apache",
	// "MQ-9 Reaper", "MIM-104 Patriot".
	if afterDesignation(s.seg[:s.toks[i].start]) {
		return end, false, false, false, rejOther
	}
	// A small town's or county's name before a noun of aircraft or weapons names the model
	// ("Hercules transports", "Chinook helicopters", "Reaper drones", "Puma unmanned aerial
	// systems", "Tomahawk missiles", "Bradley fighting vehicles", "Black Hawk helicopters"), not
	// the town (Hercules, California; Puma, Tanzania) nor the county (Black Hawk County, Iowa).
	if s.craftAhead(s.toks[i].start, end) && (m.townsOrCounties(o) || i == j && craftTownNames[key]) {
		return end, false, false, false, rejOther
	}
	// A name in capitals right before a colon ends a transcript's speaker label: "JOHN KIRBY:",
	// "LT. GEN. DOUGLAS SIMS:" (after another word in capitals joined to it, or a small place's
	// name alone; not a country, a first-level region or a capital: "BEIRUT:" is a dateline).
	if s.toks[j].allUpper && end < len(s.seg) && s.seg[end] == ':' && (i > 0 && s.toks[i-1].allUpper && s.toks[i-1].join || m.smallOnly(o)) &&
		!m.countryOrRegion(o) && !m.hasCapital(o) && !m.hasFeature(o) {
		return end, false, false, false, rejOther
	}
	// So does a one-word name in mixed case before a colon that opens a sentence in a transcript,
	// the answer following it: "…Syria entirely? Parnell: Secretary Hegseth has directed…"
	// (not a country, a first-level region or a capital).
	if i == j && end+2 < len(s.seg) && s.seg[end] == ':' && s.seg[end+1] == ' ' && isUpperByte(s.seg[end+2]) && s.sentenceStart(i) &&
		!m.countryOrRegion(o) && !m.hasCapital(o) && !m.hasFeature(o) {
		return end, false, false, false, rejPerson
	}
	// A one-word name after "each" or "every" names one of many things: "each Bradley fires
	// 25mm ammunition" is the vehicle, not Bradley, Illinois.
	if i == j && i > 0 && s.toks[i-1].join && !s.toks[i-1].upper && (s.word(i-1) == "each" || s.word(i-1) == "every") && !m.countryOrRegion(o) {
		return end, false, false, false, rejOther
	}
	// A name between a clock time and "time" names a time zone: "at 8 a.m. Kuwait time".
	if s.timeZoneAt(i, j) {
		return end, false, false, false, rejOther
	}
	// An acronym joined by a hyphen to digits is a designation: "USA-343" is a satellite.
	if j == i && end+1 < len(s.seg) && s.seg[end] == '-' && s.seg[end+1] >= '0' && s.seg[end+1] <= '9' && s.acronymToken(i) {
		return end, false, false, false, rejOther
	}
	// An acronym before a noun of a business names the business: "the DMZ nightclub" is no
	// demilitarized zone (venueAhead).
	if j == i && s.acronymToken(i) && s.venueAhead(j) {
		return end, false, false, false, rejOther
	}
	// A name between "the" and a noun of a warship names the ship, whatever the place's size:
	// "the Moskva cruiser" is no Moscow, "the Kursk submarine" no Kursk (warshipAhead).
	if s.warshipAhead(i, end) {
		return end, false, false, false, rejShip
	}
	// A name before a two-digit year is an exercise's ("Aurora 23", "Lima 24"), unless a
	// country's or an American state's, which numbers its highways ("Texas 19").
	if i == j && end == s.toks[j].end && s.exerciseYearAhead(end) && !m.namesCountry(o) && !m.usState(o) {
		return end, false, false, false, rejOther
	}
	// ... and a town's or a state's name between "the" and a deed of a ship or a crew, for
	// neither takes an article: "The Carney shot down four drones", "the New York transited",
	// "The Mount Whitney sailed" are the ships (deedAhead; not a country, which may take one:
	// "the Philippines deployed", nor a feature: "the Mississippi").
	// A person's full name after "the" names a ship, or another thing named after the person:
	// "the Abraham Lincoln", "the Theodore Roosevelt" are carriers, not Lincoln, Nebraska, and
	// Theodore, Alabama (not a country's or a first-level region's name: "the Virginia Beach").
	if i == j && !m.countryOrRegion(o) && s.theFullName(i) {
		return end, false, false, false, rejOther // (this mention only)
	}
	// A name after a noble's title and "of" is part of the title, which names a person, a
	// regiment or a ship: "the Princess of Wales's Royal Regiment", "the Duke of Lancaster's
	// Regiment", "HMS Prince of Wales".
	if i >= 2 && s.word(i-1) == "of" && s.toks[i-1].join && s.toks[i-2].join && s.toks[i-2].upper && nobleTitles[s.word(i-2)] &&
		!m.namesCountry(o) { // ("the King of Jordan" speaks for the country)
		return end, false, false, false, rejOther
	}
	// A group named after its flagship is the ship's, whatever the name ("the Iwo Jima ARG").
	if end == s.toks[j].end && s.shipGroupAhead(j) && s.afterTheName(i) && !m.namesCountry(o) {
		return end, false, false, false, rejShip
	}
	if end == s.toks[j].end && (s.shipDeedAhead(j) || s.shipStayAhead(j) && !m.countryOrRegion(o)) && s.afterTheName(i) && !m.namesCountry(o) && !m.hasNonIslandFeature(o) {
		return end, false, false, false, rejShip
	}
	// ... and a town's name between "the" and a possessive before a ship's part or people:
	// "The Oak Hill's landing craft", "the Iwo Jima's helicopters".
	if s.toks[j].poss && j+1 < len(s.toks) && !s.toks[j+1].upper && shipParts[s.word(j+1)] && s.afterTheName(i) &&
		!m.countryOrRegion(o) && !m.hasNonIslandFeature(o) {
		return end, false, false, false, rejShip
	}
	// ... and so is a small town's name before a possessive and a crew: "In Queens, Comfort's
	// crew worked alongside the Army".
	if i == j && s.toks[j].poss && j+1 < len(s.toks) && !s.toks[j+1].upper && (s.word(j+1) == "crew" || s.word(j+1) == "crews" || s.word(j+1) == "sailors" || s.word(j+1) == "skipper") &&
		m.smallOnly(o) && !m.countryOrRegion(o) {
		return end, false, false, false, rejShip
	}
	// "America" takes no article as the country's name: "the America" is the carrier ("A-7Es
	// from the America", "The America carried about 5,000 sailors").
	if i == j && key == "america" && s.afterThe(i) && !s.toks[j].poss {
		return end, false, false, false, rejShip
	}
	// A name after "aboard the" and a ship's capitalised first words is the ship's: "aboard
	// the Mount Whitney".
	if i >= 3 && s.toks[i-1].upper && s.toks[i-1].join && s.word(i-2) == "the" && s.toks[i-2].join && !s.toks[i-2].upper &&
		(s.word(i-3) == "aboard" || s.word(i-3) == "onboard") && s.toks[i-3].join && !m.namesCountry(o) {
		return end, false, false, false, rejShip
	}
	// A name after "aboard" (perhaps with "the") or "the crew of the" is a ship's, and so is
	// "the" name later: "sailors aboard the Stark", "Harriers stayed aboard Tarawa", "the crew
	// of the Bridgeton" (not a country's).
	if (s.afterThe(i) && i >= 2 && s.toks[i-2].join && (s.word(i-2) == "aboard" || s.word(i-2) == "onboard" || s.word(i-2) == "boarded" || s.word(i-2) == "boarding" ||
		s.word(i-2) == "of" && i >= 3 && (s.word(i-3) == "crew" || s.word(i-3) == "crews" || s.word(i-3) == "sailors" || s.word(i-3) == "captain")) ||
		i >= 1 && s.toks[i-1].join && !s.toks[i-1].upper && (s.word(i-1) == "aboard" || s.word(i-1) == "onboard")) &&
		!m.namesCountry(o) && !m.hasNonIslandFeature(o) && (j+1 >= len(s.toks) || !s.toks[j].join || !s.hyphenated(j)) {
		return end, false, false, false, rejShip
	}
	// ... and between "the" and a noun of an exercise, the exercise: "the Malabar exercise" is
	// no Kochi, which GeoNames also calls Malabar; a country or first-level region so named is
	// where the exercise is held ("the Alaska exercise").
	if s.exerciseAhead(i, end) && !m.countryOrRegion(o) {
		return end, false, false, false, rejOther
	}
	// The start of a longer hyphenated word: "Lal-lo Airport" is no La'l (but "Kabul-based",
	// "Pakistan-administered Kashmir", "the Jalalabad-to-Kabul road", a participle or a word of
	// hyphenSuffixes, or a longer chain of hyphens).
	if end+2 < len(s.seg) && s.seg[end] == '-' && s.seg[end+1] >= 'a' && s.seg[end+1] <= 'z' {
		k := end + 1
		for k < len(s.seg) && s.seg[k] >= 'a' && s.seg[k] <= 'z' {
			k++
		}
		if w := s.seg[end+1 : k]; !hyphenSuffixes[w] && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") && (k == len(s.seg) || s.seg[k] != '-') &&
			!(s.toks[i].start > 0 && s.seg[s.toks[i].start-1] == '-') {
			return end, false, false, false, rejOther
		}
	}
	// Inside a longer name of hyphenated words, as French and English towns are written: after
	// a capitalised word and a lower-case one ("Colleville-sur-Mer", "Stoke-on-Trent"; an
	// Arabic article is the name's own: "Deir-ez-Zor"), or before a capitalised word that is
	// no larger place's name and a further hyphen ("Sainte-Mère-Église"; "the Iraq-Syria-Jordan
	// border" is a list).
	if s.hyphenChain(i, j) {
		return end, false, false, false, rejOther
	}
	// A branch of an armed group named with a hyphen: "ISIS-Somalia", "ISIL-Libya".
	if i >= 1 && s.toks[i-1].allUpper && s.hyphenated(i-1) && groupAcronyms[s.word(i-1)] {
		return end, false, false, false, reason
	}
	// A name that begins a species' name is no place: "Mariana fruit bat", "Kirtland's warbler",
	// "least Bell's vireo", "California gnatcatcher", "St. Andrew beach mouse".
	if s.speciesAfter(j) {
		return end, false, false, false, rejOther
	}
	// "Baltic allies", "three Baltic partnerships", "Balkan partners": an adjective of a region,
	// not Baltic, Connecticut, nor the sea ("in the Baltic" is the sea); so are the sides of old
	// wars: "the largest Union defeat", "Continental troops", "Confederate dead".
	if i == j && adjectiveNames[s.word(i)] && j+1 < len(s.toks) && s.toks[j].join && !s.toks[j+1].upper &&
		s.word(j+1) != "sea" && s.word(j+1) != "seas" && !s.listAfter(j) {
		return end, false, false, false, rejOther
	}
	// A one-word name of small places only before a unit's noun in lower case is the unit's
	// nickname: "the Cherokee battalion", "the Geronimo battalion" (not Cherokee, Iowa).
	if i == j && m.smallOnly(o) && j+1 < len(s.toks) && s.toks[j].join && !s.toks[j+1].upper && unitNouns[s.word(j+1)] {
		return end, false, false, false, rejOther
	}
	// "USA 245", "USA-326": a U.S. military satellite's designation.
	if i == j && s.toks[i].allUpper && s.word(i) == "usa" && end == s.toks[j].end {
		if rest := s.seg[end:]; len(rest) > 1 && (rest[0] == ' ' || rest[0] == '-') && rest[1] >= '0' && rest[1] <= '9' {
			return end, false, false, false, rejOther
		}
	}
	// "a Foreign Military Sale to India", "Direct Commercial Sales": a sale, not Salé, Morocco.
	if i == j && (s.word(i) == "sale" || s.word(i) == "sales") && i >= 1 && s.toks[i-1].upper && s.toks[i-1].join &&
		(s.word(i-1) == "military" || s.word(i-1) == "commercial" || s.word(i-1) == "arms") {
		return end, false, false, false, rejOther
	}
	// Part of an organisation's name: "<Head> of X" ("State of Iraq"); but the government of a
	// country is that country ("the Government of Poland has requested"), as the government of
	// one named with an article is ("the Government of the Philippines").
	if i >= 2 && s.toks[i-2].join && s.toks[i-1].join && s.word(i-1) == "of" && s.toks[i-2].upper && orgHeads[s.word(i-2)] &&
		!(s.word(i-2) == "government" && m.namesCountry(o)) && !s.firmOfPlace(i, j) {
		return end, false, false, false, reason
	}
	// ... also with capitalised compass words between: "the Autonomous Administration of North
	// and East Syria", "the Democratic Council of Northern Syria".
	if k := i - 1; k >= 3 && s.toks[k].upper && compassWords[s.word(k)] {
		for k >= 1 && (s.toks[k].upper && compassWords[s.word(k)] || s.word(k) == "and") && s.toks[k].join {
			k--
		}
		if k >= 1 && s.word(k) == "of" && s.toks[k].join && s.toks[k-1].upper && s.toks[k-1].join && orgHeads[s.word(k-1)] {
			return end, false, false, false, reason
		}
	}
	// "the California city" is a city of California, not California City: a lower-case "city"
	// after a state's name is no part of a town's name written with a capital.
	if j > i && !s.toks[j].upper && s.word(j) == "city" && !m.spelledExactly(surface, out.cands) {
		if p := m.trie.find(string(s.buf[s.toks[i].fs:s.toks[j-1].fe])); p >= 0 && m.usState(p) {
			return end, false, false, false, rejOther // the state's name alone is tried next
		}
	}
	// A name after a dash that ends an operation's code name is part of it: "Operation Pacific
	// Eagle–Philippines", "Operation Enduring Freedom–Philippines".
	if i >= 2 && s.toks[i-1].upper && (s.afterNameHead(i-1) || s.insideCodename(i-1)) {
		if gap := s.seg[s.toks[i-1].end:s.toks[i].start]; gap == "–" || gap == "-" || gap == "—" {
			return end, false, false, false, rejContext
		}
	}
	// A mission's, a force's or an administration's name ends in the place it serves: "the UN
	// Mission in South Sudan", "the Regional Assistance Mission to Solomon Islands", "the UN
	// Transitional Administration in East Timor", "the Interim Security Force for Abyei",
	// "Combined Joint Task Force–Horn of Africa".
	if p := i - 1; p >= 3 {
		if s.word(p) == "the" && !s.toks[p].upper && s.toks[p].join {
			p-- // "the UN Mission in the Republic of South Sudan", "… in the Sinai"
		}
		h := p - 1 // the head: "Mission", "Force", "Administration"
		if h >= 3 && s.word(h) == "support" && s.word(h-1) == "of" && s.toks[h-2].upper && s.word(h-2) == "mission" {
			h -= 2 // "the UN Mission of Support in East Timor"
		}
		prep := s.word(p)
		if h >= 1 && s.toks[p].join && s.toks[h].upper && !s.toks[p].upper &&
			(prep == "in" || prep == "for" || prep == "to" && s.word(h) == "mission" && s.word(h-1) != "trade") &&
			(s.word(h) == "mission" || s.word(h) == "force" || s.word(h) == "administration") && s.toks[h-1].upper && s.toks[h-1].join && s.word(h-1) != "task" &&
			!(s.word(h) == "force" && nationalForceHeads[s.word(h-1)]) {
			// (but "the 3rd Multi-Domain Task Force in Hawaii" is stationed there, and a
			// nation's air or defence force is where it trains: "the Indian Air Force in
			// Jodhpur", "the Maldives National Defence Force in Malé")
			// (a capitalised word before the head: not "the Head of Mission in Chad"; a trade
			// mission's name says where it goes: "the Ukraine Trade Mission to Nigeria")
			return end, false, false, false, reason
		}
	}
	// ... and so does an American command of a service's forces: "U.S. Air Forces in Europe",
	// "U.S. Army Forces in Korea" (not "Iraqi Security Forces in Mosul", which are there).
	if p := i - 1; p >= 3 && s.word(p) == "in" && !s.toks[p].upper && s.toks[p].join && s.word(p-1) == "forces" && s.toks[p-1].upper &&
		s.toks[p-2].upper && s.toks[p-2].join && (s.word(p-2) == "air" || s.word(p-2) == "army" || s.word(p-2) == "naval" || s.word(p-2) == "marine" || s.word(p-2) == "space") &&
		strings.HasSuffix(strings.TrimRight(s.seg[:s.toks[p-2].start], " "), "U.S.") {
		return end, false, false, false, reason
	}
	// ... and so does a representative office's or an institute's, named after the country it
	// serves: "the Taipei Economic and Cultural Representative Office in the United States",
	// "the American Institute in Taiwan".
	if k := i - 1; k >= 3 && m.namesCountry(o) {
		if s.word(k) == "the" && !s.toks[k].upper {
			k--
		}
		if k >= 2 && s.word(k) == "in" && !s.toks[k].upper && s.toks[k-1].upper && (s.word(k-1) == "office" || s.word(k-1) == "institute") &&
			s.toks[k-2].upper && s.toks[k-2].join {
			return end, false, false, false, reason
		}
	}
	if i >= 2 && s.toks[i-1].upper && s.word(i-1) == "force" && s.toks[i-2].upper && s.word(i-2) == "task" {
		// "Combined Joint Task Force–Horn of Africa", also with spaces around the dash ("Task
		// Force – Horn of Africa") or after a comma ("Southern European Task Force, Africa")
		switch strings.TrimSpace(s.seg[s.toks[i-1].end:s.toks[i].start]) {
		case "–", "-", "—", ",":
			return end, false, false, false, reason
		}
	}
	// ... also with "the" or a compass word between: "the Army of the Potomac", "the Army of
	// Northern Virginia".
	if i >= 3 && s.toks[i-3].join && s.toks[i-2].join && s.toks[i-1].join && s.word(i-2) == "of" && s.toks[i-3].upper &&
		(s.word(i-3) == "army" || s.word(i-3) == "armies") && (s.word(i-1) == "the" || compassWords[s.word(i-1)]) {
		return end, false, false, false, reason
	}
	// A state after an ordinal names a regiment of its volunteers: "the 20th Maine", "the 54th
	// Massachusetts".
	if i >= 1 && s.toks[i-1].join && ordinalWord(s.seg[s.toks[i-1].start:s.toks[i-1].end]) && m.usState(o) {
		return end, false, false, false, reason
	}
	// A name of small places with a possessive before a commander's forces is the commander's:
	// "Lee's Army of Northern Virginia", "Taylor's 4,600 men", "Grant's frontal assault".
	if i == j && m.smallOnly(o) && !m.countryOrRegion(o) && !m.hasFeature(o) {
		if k := possessiveEnd(s.seg, end); k > 0 && commanderPossession(s.seg[end+k:]) {
			return end, false, false, false, rejPerson
		}
	}
	// "the Union" of the Civil War, a side, not a town: after "the" or before a noun of forces.
	if i == j && s.word(i) == "union" && (s.afterThe(i) || s.attributive(i, end)) && m.smallOnly(o) {
		return end, false, false, false, reason
	}
	// Part of a water body's name the gazetteer lacks: "Sea of Japan", "Gulf of Guinea", "South
	// China Sea", "Taiwan Strait" (a known one, "Gulf of Aden", is matched whole before).
	// Only a country's name or a region's: a gulf or a canal named after a town lies by it
	// ("Gulf of Sirte", "Suez Canal"), so the town stands for it.
	if i >= 2 && s.toks[i-2].join && s.toks[i-1].join && s.word(i-1) == "of" && s.toks[i-2].upper && waterHeads[s.word(i-2)] && m.namesCountryOrRegions(o) {
		return end, false, false, false, reason
	}
	if j+1 < len(s.toks) && s.toks[j].join && end == s.toks[j].end && s.toks[j+1].upper && waterTails[s.word(j+1)] && m.namesCountryOrRegions(o) {
		return end, false, false, false, reason
	}
	// ... or X followed by capitalised words that name an organisation ("US Defense Department"),
	// not the generic name of a facility by the town ("Yakima Training Center").
	facility := j+1 < len(s.toks) && s.toks[j].join && s.facilityAhead(j+1, !m.smallOnly(o))
	// After a preposition of place, "for" says what brought someone there or what a place serves,
	// whatever capitalised words follow: "in Nevada for Air Force Reserve training", "to Poland for Defender Europe",
	// "a port on the Caspian Sea for Northern Distribution Network cargo".
	pi := i - 1
	if pi > 0 && s.word(pi) == "the" && !s.toks[pi].upper {
		pi--
	}
	purpose := j+1 < len(s.toks) && s.toks[j].join && s.word(j+1) == "for" && !s.toks[j+1].upper && pi >= 0 && !s.toks[pi].upper &&
		(locativeWords[s.word(pi)] || s.word(pi) == "to" || s.word(pi) == "on")
	for k, n := j+1, 0; !facility && !purpose && k < len(s.toks) && s.toks[k-1].join && !s.fullStop(k-1) && n < 5 && (end == s.toks[j].end || end == s.toks[j].end+1 && s.seg[end-1] == '.' && s.toks[j].fe-s.toks[j].fs == 1); k, n = k+1, n+1 {
		w := s.word(k)
		if s.enDashed(k - 1) {
			break // a pair joined by a dash: "the Texas–Czech Republic partnership"
		}
		if s.toks[k].upper {
			if codenameHeads[w] && k > j+1 && !(k == j+2 && w == "operations") {
				break // "deployed to Iraq for Operation Inherent Resolve": the operation is the purpose
				// (but "U.S. Special Operations Command" goes on to its head)
			}
			if k == j+1 && !departmentWord(w) && !m.usState(o) && m.suffixAhead(o, w) && !(k+1 < len(s.toks) && s.toks[k].join && s.toks[k+1].upper) {
				break // a region's suffix, no organisation's head: "Gezira State" (an American state so written
				// names its university: "Mississippi State", "Iowa State University")
			}
			if orgHeads[w] {
				return end, false, false, false, reason
			}
			if portfolioTitles[w] && commonWords[s.word(i)] && i == j && !m.namesCountryOrRegion1(o) {
				// a common word before a minister's title names the portfolio ("Energy
				// Secretary", "Federal Agriculture Minister"), not a town
				return end, false, false, false, reason
			}
			if titleWords[w] || dayMonth[w] {
				break
			}
			continue
		}
		if w != "of" && w != "and" && w != "for" && w != "the" || (w == "and" || w == "the") && k == j+1 {
			break // "Gaza Strip and the West Bank": a list, not one name; "In Poland the Army
			// would spend": the sentence's subject, not an organisation's name
		}
	}
	// A one-word name right before a year names an exercise or an event of that year ("Malabar
	// 2017", "Milan 2014"), unless a preposition of place comes before it.
	if i == j && end == s.toks[j].end && yearAhead(s.seg, end) && !(i > 0 && (locativeWords[s.word(i-1)] || s.word(i-1) == "to")) {
		return end, false, false, false, rejOther // (an exercise's name says nothing of where the text is)
	}
	// A name after a word in capitals and before a two-digit year ends an exercise's name
	// ("DEFENDER Europe 21", "DEFENDER-Europe 22"), unless a preposition of place comes before.
	if i == j && i >= 1 && s.toks[i-1].allUpper && s.toks[i-1].fe-s.toks[i-1].fs >= 4 && s.toks[i-1].join && shortYearAhead(s.seg, end) {
		return end, false, false, false, rejOther
	}
	// A name after a capitalised word and an ampersand ends a firm's name ("Pratt & Whitney",
	// "Booz & Company"), and so does one before an ampersand and a capitalised word; only a name
	// of small places ("TIJUANA & SAN DIEGO", "Russia & China" are places).
	if i == j && m.smallOnly(o) && !m.countryOrRegion(o) && (i >= 1 && s.toks[i-1].upper && s.seg[s.toks[i-1].end:s.toks[i].start] == " & " ||
		j+1 < len(s.toks) && s.toks[j+1].upper && s.seg[s.toks[j].end:s.toks[j+1].start] == " & ") {
		return end, false, false, false, reason
	}
	// A name before a model's number and a craft's noun is the model's ("a French Atlantique 2
	// aircraft", "two Mirage 2000D jets"), not a place of that name (but "in Mosul 20 vehicles
	// burned" is the city).
	if i == j && end == s.toks[j].end && modelNumberAhead(s.seg, end) && !(i > 0 && (locativeWords[s.word(i-1)] || s.word(i-1) == "from" || s.word(i-1) == "to")) {
		return end, false, false, false, rejOther // (nor does a model's name)
	}
	// A middle initial before ("Lloyd J. Austin") or a generational suffix after ("Kenneth
	// McKenzie Jr.", "Austin III") marks a person's name, in headings too.
	if !spelled && (s.afterInitial(i) || s.beforeNameSuffix(j, end)) {
		return end, false, false, false, rejPerson
	}
	if !s.toks[i].title && !spelled && s.doubleSurname(i) {
		// ... and the second half of a double-barrelled surname after a given name ("Aniya
		// Day-Garrett"), though the first half is a place's name too
		return end, false, false, false, rejPerson
	}
	if i >= 1 && s.toks[i-1].upper && s.toks[i-1].join && featureHeads[s.word(i-1)] && s.seg[s.toks[i-1].end:s.toks[i].start] == " " &&
		(s.toks[i-1].allUpper || s.toks[i].title) && !m.namesCountry(o) {
		return end, false, false, false, rejOther // "TELL AFAR —", "WADI KENA": in capitals too
	}
	if !s.toks[i].title && !spelled {
		// A capitalised word before ("Rob Manning", "George Washington") ...
		// (not a plural's possessive: "Huntington Ingalls' Pascagoula yard" is the town)
		if i >= 1 && !s.namePossessive(i-1) && !(i < j && campHeads[s.word(i)]) && s.toks[i-1].join && s.toks[i-1].upper && !s.toks[i-1].allUpper && (prev == nil || prev.tj != i-1 || prev.weak) &&
			!(s.hyphenated(i-1) && (s.toks[i-1].fe-s.toks[i-1].fs == 1 || m.wordOut(s.buf[s.toks[i-1].fs:s.toks[i-1].fe]) >= 0)) {
			w := s.word(i - 1)
			if featureHeads[w] && s.seg[s.toks[i-1].end:s.toks[i].start] == " " {
				// "Wadi Derna", "Jebel Akhdar", "Ras Lanuf": a valley, a mountain or a cape
				// named after the town, which the gazetteer lacks (those it has match whole),
				// not a person's name; the town stays a place elsewhere
				return end, false, false, false, rejOther
			}
			if !modifierWords[w] && !articles[w] && !stopWords[w] && (!commonWords[w] || givenNames[w] && !s.sentenceStart(i-1) && !placeHeads[w]) &&
				!demonyms[w] && !installationHeads[w] && !(s.sentenceStart(i-1) && verbForm(w)) && strings.IndexAny(w, "0123456789") < 0 {
				// (a given name that is also a common word, "Mark Jackson", names a person too)
				return end, false, false, false, rejPerson
			}
			// ... and a capitalised common word amid a sentence, before a name of small places
			// only, a longer proper name too ("Golden Globe", "Cherry Hinton"), unless it is a
			// generic word of places ("Mount", "Lake"), a modifier or an organisation's head
			// ("Baptist Church Maryville" is in Maryville)
			if commonWords[w] && !orgHeads[w] && !modifierWords[w] && !lowerOK[w] && !placeHeads[w] && !installationHeads[w] && !s.sentenceStart(i-1) &&
				!s.sentenceStart(i) && !s.toks[i].allUpper && m.smallOnly(o) {
				return end, false, false, false, rejOther
			}
		}
		// ... or after ("Houston Rockets") makes a longer proper name, but not after a plural's
		// possessive ("Laos' Savannakhet province").
		if j+1 < len(s.toks) && s.toks[j].join && !s.fullStop(j) && end == s.toks[j].end && s.toks[j+1].upper && !s.toks[j+1].allUpper &&
			!pluralPossessive(s.seg[s.toks[j].start:s.toks[j].end]) {
			w := s.word(j + 1)
			if !titleWords[w] && !dayMonth[w] && !modifierWords[w] && !demonyms[w] && !guardMembers[w] && !s.titleAhead(j+1) && !sentenceArticles[w] &&
				!(eventNouns[w] && !s.toks[j+1].allUpper && (j+2 >= len(s.toks) || !s.toks[j+1].join || !s.toks[j+2].upper)) && // "the Kargil War": an event at the place
				!(w == "island" && m.islandPlace(o) && (j+2 >= len(s.toks) || !s.toks[j+1].join || !s.toks[j+2].upper)) && // "Sandwip Island", "Culebra Island": the island's place
				!(w == "co" && m.hasVariant(o, vRegion2)) && // "Loudon Co."
				!m.suffixAhead(o, w) && // "Donetsk Oblast", "Aomori Prefecture"
				!s.facilityAhead(j+1, !m.smallOnly(o)) && // "Tabqa Airfield", "Aviano Air Base": by the town
				!(s.hyphenated(j) && j+2 < len(s.toks) && s.toks[j+1].join && s.facilityAhead(j+2, !m.smallOnly(o)) && !m.smallOnly(o)) && // "Rzeszów-Jasionka airport"
				!(regionParts[w] && m.namesCountryOrRegion1(o)) && // "the Florida Panhandle" is in Florida
				!(s.hyphenated(j) && m.wordOut(s.buf[s.toks[j+1].fs:s.toks[j+1].fe]) >= 0) && // "the Iraq-Syria border"
				!(s.hyphenated(j) && placeNameHeads[w]) && // "Dallas-Fort Worth", "Minneapolis-St. Paul": a pair
				!s.enDashed(j) { // "the Texas–Czech Republic partnership": a pair
				if i == j && !s.hyphenated(j) && m.smallOnly(o) {
					// "Kate Middleton", "Boyd Smith": a small place's one-word name before a
					// surname is a given name, elsewhere in the document too
					return end, false, false, false, rejPerson
				}
				return end, false, false, false, reason
			}
		}
	}
	// A one-word name before a verb of speech names who speaks: "Austin said the U.S. has
	// provided" is the secretary, not Austin, Texas; a country, a first-level region or a
	// national capital speaks for its government ("Moscow said", "Kyiv said"), a continent or
	// another feature is no person ("Europe added"), and a name after a preposition of place or
	// "of" is the place ("officials in Austin said", "a resident of Tabriz told").
	// A one-word name joined by "and" to a capitalised word that names no place, the two before
	// a verb of what officials do, names a person ("Austin and Kurilla visited Erbil", "Milley
	// and Austin briefed reporters"): not Austin, Texas.
	if i == j && s.personPair(i) && !s.locative(i) && !m.countryOrRegion(o) {
		return end, false, false, false, rejOther
	}
	// So does a one-word name a reporter's question asks about ("Did Kirby say that?") or whose
	// comments are meant ("Austin's comments in Bahrain"), on the same terms.
	if i == j && (s.askedAbout(i) || s.possessivePerson(end)) && !s.locative(i) && !m.countryOrRegion(o) && !m.hasCapital(o) && !m.hasFeature(o) {
		return end, false, false, false, rejOther
	}
	if i == j && s.speechAhead(j) && !s.locative(i) && !(i > 0 && s.word(i-1) == "of") && !m.countryOrRegion(o) && !m.hasCapital(o) && !m.hasFeature(o) {
		return end, false, false, false, rejOther // this mention only: "Gainesville says no" is still the city elsewhere
	}
	// A name of the form "Wilson's Creek", "Turner's Gap", "Brice's Cross Roads" is one the
	// gazetteer lacks: neither the possessor (Wilson, Pennsylvania) nor the generic word
	// (Creek, another name of Baytown) is the place ("Russia's Kursk region" keeps Kursk).
	if i == j && s.toks[j].poss && j+1 < len(s.toks) && s.toks[j+1].upper && possGenerics[s.word(j+1)] && !m.countryOrRegion(o) {
		return end, false, false, false, rejOther
	}
	if i >= 1 && s.toks[i-1].poss && s.toks[i-1].upper && possGenerics[s.word(i)] {
		return end, false, false, false, rejOther
	}
	// A small place's one-word name opening a sentence before a verb of commanding or marching
	// is a commander: "Sherman marched from Atlanta", "Custer led", "Grant ordered" (not
	// Sherman, Texas); so is each later mention.
	if i == j && m.smallOnly(o) && s.sentenceStart(i) && j+1 < len(s.toks) && s.toks[j].join && !s.toks[j+1].upper && commandVerbs[s.word(j+1)] {
		return end, false, false, false, rejPerson
	}
	// A name before "River" names a river the gazetteer lacks (those it has match whole): the
	// town of that name is meant only where the document's context supports it ("Kabul River"
	// in a briefing on Afghanistan, not "Orange River" in one on South Africa).
	if j+1 < len(s.toks) && s.toks[j].join && end == s.toks[j].end && s.toks[j+1].upper && (s.word(j+1) == "river" || s.word(j+1) == "valley") {
		weak = true
	}
	// So does a name before a noun of an armed group, which the group may take from a town
	// ("Misrata militias" in a briefing on Libya) or not ("Fano militias" in one on Ethiopia
	// are no Fano, Italy; "Wagner fighters"; armedGroupNouns).
	if j+1 < len(s.toks) && s.toks[j].join && end == s.toks[j].end && !s.toks[j+1].upper && armedGroupNouns[s.word(j+1)] {
		weak = true
	}
	// So does a name after "River", as British English writes a river's name ("the River
	// Trent" is no Trento, once Trent, in a text about Nottingham).
	if i >= 1 && s.toks[i-1].join && s.toks[i-1].upper && s.word(i-1) == "river" && s.seg[s.toks[i-1].end:s.toks[i].start] == " " {
		weak = true
	}
	return end, true, weak, abbrOnly, rejNone
}

// modelNumberAhead reports whether a number of one to four digits, perhaps with letters after
// it ("2000D"), and a noun of craft (craftNouns) follow the name that ends at end.
func modelNumberAhead(seg string, end int) bool {
	k := end
	if k >= len(seg) || seg[k] != ' ' {
		return false
	}
	k++
	d := k
	for k < len(seg) && isDigit(seg[k]) && k-d < 5 {
		k++
	}
	if k == d || k-d > 4 {
		return false
	}
	for k < len(seg) && asciiLetter(seg[k]) && seg[k] <= 'Z' && k-d < 8 {
		k++ // "2000D"
	}
	if k >= len(seg) || seg[k] != ' ' {
		return false
	}
	k++
	w := k
	for k < len(seg) && seg[k] >= 'a' && seg[k] <= 'z' {
		k++
	}
	return k > w && craftNouns[seg[w:k]] && (k == len(seg) || !asciiLetter(seg[k]))
}

// yearAhead reports whether a space and a year from 1950 to 2099 (four digits and no more)
// follow end.
func yearAhead(seg string, end int) bool {
	k := end + 1
	if k+4 > len(seg) || seg[end] != ' ' || !(seg[k:k+2] == "19" && seg[k+2] >= '5' || seg[k:k+2] == "20") {
		return false
	}
	for _, c := range []byte(seg[k : k+4]) {
		if !isDigit(c) {
			return false
		}
	}
	return k+4 == len(seg) || !isDigit(seg[k+4]) && !asciiLetter(seg[k+4])
}

// shortYearAhead reports whether a space and a two-digit year follow end: "DEFENDER Europe 21".
func shortYearAhead(seg string, end int) bool {
	k := end + 1
	if k+2 > len(seg) || seg[end] != ' ' || !isDigit(seg[k]) || !isDigit(seg[k+1]) {
		return false
	}
	return k+2 == len(seg) || !isDigit(seg[k+2]) && !asciiLetter(seg[k+2]) && seg[k+2] != '%' && seg[k+2] != ','
}

// ordinalWord reports whether w is an ordinal written in digits: "20th", "1st", "54th".
func ordinalWord(w string) bool {
	k := 0
	for k < len(w) && isDigit(w[k]) {
		k++
	}
	if k == 0 || len(w)-k != 2 {
		return false
	}
	switch strings.ToLower(w[k:]) {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

// firmCo reports whether "Co." at token k ends a firm's name whose last word runs from token
// i: "and" and a capitalised word come before i ("Power and Light Co."), or "Co." is followed
// by a town and its state or country, as a firm's seat is written ("Mesa Co., Boston,
// Massachusetts"), not by a state alone ("Lake Co., Ill.").
func (s *scanner) firmCo(i, k int) bool {
	if i >= 2 && s.word(i-1) == "and" && !s.toks[i-1].upper && s.toks[i-2].upper {
		return true
	}
	if !strings.HasPrefix(s.seg[s.toks[k].end:], "., ") || k+1 >= len(s.toks) || !s.toks[k+1].upper {
		return false
	}
	if o := s.m.wordOut(s.buf[s.toks[k+1].fs:s.toks[k+1].fe]); o >= 0 && (s.m.usState(o) || s.m.namesCountry(o)) {
		return false // "Loudon Co., Virginia"
	}
	for t := k + 1; t < len(s.toks) && t <= k+4; t++ {
		if !s.toks[t].upper {
			return false
		}
		if strings.HasPrefix(s.seg[s.toks[t].end:], ", ") && t+1 < len(s.toks) && s.toks[t+1].upper {
			return true
		}
		if !s.toks[t].join {
			return false
		}
	}
	return false
}

// usState reports whether a candidate of output o is a state of the United States.
func (m *Matcher) usState(o int32) bool {
	for _, c := range m.outs[o].cands {
		if e := m.ent(c.e); e.Kind == gazetteer.Region1 && e.Country == "US" && c.flags&fAbbr == 0 {
			return true
		}
	}
	return false
}

// commandersNouns are what a commander has, after a possessive: "Taylor's men", "Hooker's
// army".
var commandersNouns = wordSet(`army armies men troops forces corps division divisions brigade brigades
cavalry infantry artillery assault attack attacks charge flank line lines headquarters staff command
soldiers raiders column columns command`)

// commanderPossession reports whether rest, the text after a possessive, begins with a
// commander's forces: a noun of commandersNouns perhaps after a number or a modifier ("4,600
// men", "frontal assault"), a capitalised "Army" or an ordinal ("Chamberlain's 20th Maine").
func commanderPossession(rest string) bool {
	for n := 0; n < 3; n++ {
		rest = strings.TrimLeft(rest, " ")
		k := 0
		for k < len(rest) && (asciiLetter(rest[k]) || isDigit(rest[k]) || rest[k] == ',') {
			k++
		}
		if k == 0 {
			return false
		}
		w := strings.TrimRight(rest[:k], ",")
		if w == "" {
			return false
		}
		lw := strings.ToLower(w)
		switch {
		case commandersNouns[lw]:
			return true
		case ordinalWord(w):
			return n == 0
		case isDigit(w[0]) || n == 0 && w[0] >= 'a' && w[0] <= 'z':
			// a number or a modifier before the noun: "4,600 men", "frontal assault"
		default:
			return false
		}
		rest = rest[k:]
	}
	return false
}

// ageAfter reports whether rest begins with a comma and an age of one to three digits that
// ends a clause (", 36;", ",36,", ", 22)" or the end of the text).
func ageAfter(rest string) bool {
	if len(rest) == 0 || rest[0] != ',' {
		return false
	}
	k := 1
	if k < len(rest) && rest[k] == ' ' {
		k++
	}
	d := k
	for k < len(rest) && rest[k] >= '0' && rest[k] <= '9' {
		k++
	}
	if k == d || k-d > 3 {
		return false
	}
	return k == len(rest) || rest[k] == ',' || rest[k] == ';' || rest[k] == ')'
}

// abbrAfterTown reports whether the abbreviation tokens i..j, written with its dot (end is past
// it) and with a lower-case letter, follow a capitalised word and a comma: "Thackerville,
// Okla.", where the town is too small for the gazetteer (not a degree's or a firm's initials:
// "Charles Murphy, M.D.", "Rothstein, P.A.").
func (s *scanner) abbrAfterTown(i, j, end int) bool {
	return i >= 1 && end > s.toks[j].end && s.toks[i-1].upper && s.seg[s.toks[i-1].end:s.toks[i].start] == ", " &&
		strings.IndexFunc(s.seg[s.toks[i].start:end], func(r rune) bool { return r >= 'a' && r <= 'z' }) >= 0
}

// partyState reports whether the text before start is a party's letter and a hyphen after a
// comma or a bracket: a legislator's state, "Sen. Byron Dorgan, D-N.D.", "(R-Ga.)".
func partyState(seg string, start int) bool {
	if start < 3 || seg[start-1] != '-' || !strings.ContainsRune("DRI", rune(seg[start-2])) {
		return false
	}
	b := seg[start-3]
	return b == ' ' || b == '('
}

// diseaseAhead reports whether rest, the text after a name, begins with a word that makes the
// name a disease's or a pathogen's: " virus", " ebolavirus", " fever", " strain".
func diseaseAhead(rest string) bool {
	for _, w := range [...]string{" virus", " ebolavirus", " fever", " hemorrhagic fever", " strain"} {
		if r, ok := strings.CutPrefix(rest, w); ok && (r == "" || !asciiLetter(r[0])) {
			return true
		}
	}
	return false
}

// legislatures are parliaments named like towns (see accept).
var legislatures = wordSet(`duma rada sejm majlis`)

// afterModelYear reports whether token i follows a model year (1950 to 2039), perhaps with a
// colour word between: "a 2005 black Ford truck".
func (s *scanner) afterModelYear(i int) bool {
	k := i - 1
	if k >= 0 && colourWords[s.word(k)] && !s.toks[k].upper {
		k--
	}
	if k < 0 {
		return false
	}
	w := s.word(k)
	if len(w) != 4 || !(strings.HasPrefix(w, "19") && w[2] >= '5' || strings.HasPrefix(w, "20") && w[2] <= '3') {
		return false
	}
	for _, c := range []byte(w) {
		if !isDigit(c) {
			return false
		}
	}
	// the year itself follows "a", "an" or "the": "a 2005 Ford", not "in 2005 Ford said"
	return k >= 1 && (s.word(k-1) == "a" || s.word(k-1) == "an" || s.word(k-1) == "the")
}

// ordinalWords are ordinals in words that number formations ("Sixth Fleet", "Third Army").
// adjectivalNouns are plural nouns of people, states or their bodies that a sea's name may
// modify as an adjective: "Caribbean troops", "Pacific partners".
var adjectivalNouns = wordSet(`troops forces soldiers leaders states nations countries partners allies governments officials
	ministers navies members neighbours neighbors leaders delegates delegations contingents`)

// afterCardinal reports whether token i follows a cardinal number, in digits or a word up to
// twenty, after one space, that is not a day of a month ("June 5").
func (s *scanner) afterCardinal(i int) bool {
	if i < 1 || s.seg[s.toks[i-1].end:s.toks[i].start] != " " {
		return false
	}
	w := s.word(i - 1)
	digits := true
	for k := 0; k < len(w); k++ {
		digits = digits && isDigit(w[k])
	}
	if !digits && !cardinalWords[w] || digits && len(w) > 3 {
		return false
	}
	return !(i >= 2 && dayMonth[s.word(i-2)])
}

// pluralOfPlaceAhead reports whether a plural noun that is no craft's follows the name ending
// at token j, maybe after one lower-case word ("residents", "aldermen", "elementary schools";
// not "tankers", "jets"), or a noun of a place's kind ("state", "province").
func (s *scanner) pluralOfPlaceAhead(j, end int) bool {
	if end != s.toks[j].end {
		return false
	}
	for k := j + 1; k <= j+2 && k < len(s.toks) && s.seg[s.toks[k-1].end:s.toks[k].start] == " "; k++ {
		w := s.word(k)
		if craftNouns[w] || warshipNouns[w] { // see craftAhead
			return false
		}
		// (or its police: "Four Guerrero state police")
		if len(w) > 3 && (strings.HasSuffix(w, "s") || strings.HasSuffix(w, "men")) || w == "people" || w == "police" ||
			k == j+1 && !s.toks[k].upper && lowerOK[w] {
			return true
		}
		if s.toks[k].upper {
			return false
		}
	}
	return false
}

var cardinalWords = wordSet(`two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
	seventeen eighteen nineteen twenty`)

var ordinalWords = wordSet(`first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth`)

// eventNouns, after a year and a name, make the name the place of an event, not a vehicle's
// make: "the 2012 Benghazi attacks", "the 2016 Sirte campaign", "the 2023 Derna flood".
var eventNouns = wordSet(`attack attacks bombing bombings campaign campaigns flood floods flooding earthquake
	offensive raid raids siege battle uprising election elections summit conference protest protests riot riots
	massacre war crisis strike strikes agreement accord accords ceasefire talks visit evacuation operation
	clashes fighting withdrawal exercise exercises disaster fire fires explosion blast hurricane storm outbreak airlift
	blockade`)

// colourWords may stand between a model year and a vehicle's make.
var colourWords = wordSet(`black white silver gray grey red blue green brown tan gold maroon beige yellow orange dark light`)

// nameGap reports whether token t and the next are joined by a space or a possessive and a
// space, as the words of a name are ("Omaha's Center for Public Affairs").
func (s *scanner) nameGap(t int) bool {
	gap := s.seg[s.toks[t].end:s.toks[t+1].start]
	return gap == " " || gap == "'s " || gap == "’s "
}

// hasSuffixFold is strings.HasSuffix ignoring ASCII case, with no copy of text.
func hasSuffixFold(text, suffix string) bool {
	return len(text) >= len(suffix) && strings.EqualFold(text[len(text)-len(suffix):], suffix)
}

// stormCue reports whether a storm's words follow the name ending at token j: its possessive
// before a noun of a storm ("Harvey's eyewall", "Ida's rains"), or "made landfall".
func (s *scanner) stormCue(j int) bool {
	if j+1 >= len(s.toks) {
		return false
	}
	if s.toks[j].poss {
		return stormNouns[s.word(j+1)] || s.word(j+1) == "storm" && j+2 < len(s.toks) && s.word(j+2) == "surge"
	}
	return s.toks[j].join && (s.word(j+1) == "made" || s.word(j+1) == "makes") && j+2 < len(s.toks) && s.word(j+2) == "landfall"
}

// stormNouns are the nouns of a storm after its name's possessive (see stormCue).
var stormNouns = wordSet(`eyewall eye landfall rains rainfall floodwaters winds remnants track
outer bands rain flooding surge`)

// shipParts are the nouns after a ship's name's possessive: "The Oak Hill's landing craft".
var shipParts = wordSet(`crew crews sailors marines helicopters helicopter aircraft landing commanding
commander captain skipper deck flight well boats boat hull guns gun missiles radar embarked crewmembers
medical hospital galley bridge engine engines sonar`)

// craftPairNames are aircraft named by two words that are also places' names, as accept's
// key writes them (the folded words without their space).
var craftPairNames = map[string]bool{"blackhawk": true, "seahawk": true, "globalhawk": true, "grayeagle": true, "nighthawk": true}
