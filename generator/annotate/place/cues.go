package place

import (
	"slices"
	"strings"

	"github.com/sitrep-archive/sitrep/generator/annotate/gazetteer"
)

// fieldAhead reports whether token j is followed by "oil field" or "gas field" (or "oilfield",
// "gasfields"): the name is an oil or gas field's.
func (s *scanner) fieldAhead(j int) bool {
	if j+1 >= len(s.toks) || !s.toks[j].join {
		return false
	}
	switch s.word(j + 1) {
	case "oilfield", "oilfields", "gasfield", "gasfields":
		return true
	case "oil", "gas":
		return j+2 < len(s.toks) && s.toks[j+1].join && (s.word(j+2) == "field" || s.word(j+2) == "fields")
	}
	return false
}

// landformAhead reports whether a lower-case noun of a landform or a shore follows token j
// ("the Boma peninsula", "San Jose beach"): a feature named after the town, which the
// gazetteer lacks by that name (landformNouns).
func (s *scanner) landformAhead(j int) bool {
	return j+1 < len(s.toks) && s.toks[j].join && !s.toks[j+1].upper && landformNouns[s.word(j+1)]
}

// afterOutpostHead reports whether token i follows the head of a forward base's name: "FOB
// Edinburgh", "COP Keating", "Forward Operating Base Edinburgh", "Combat Outpost Keating",
// "Patrol Base Jaker". Bases are named after towns nearby ("FOB Ghazni") as often as after
// the fallen or places at home, so the name needs a place of its country nearby.
func (s *scanner) afterOutpostHead(i int) bool {
	if i < 1 || !s.toks[i-1].join || !s.toks[i-1].upper || s.seg[s.toks[i-1].end:s.toks[i].start] != " " {
		return false
	}
	w := s.word(i - 1)
	if s.toks[i-1].allUpper {
		return outpostHeads[w]
	}
	if i < 2 || !s.toks[i-2].upper {
		return false
	}
	w2 := s.word(i - 2)
	return w == "base" && (w2 == "operating" || w2 == "patrol") || w == "outpost" && w2 == "combat"
}

// personPair reports whether the one-word name at token i and a capitalised word joined to it
// by "and", a word that starts no place's name and is no common word (a surname: "Kurilla",
// "Milley"), are the subject of a verb of what officials do (officialVerbs): "Austin and
// Kurilla visited Erbil", "Milley and Austin briefed reporters".
func (s *scanner) personPair(i int) bool {
	other := func(k int) bool { // token k is a capitalised word of no place
		w := s.word(k)
		return s.toks[k].upper && !s.toks[k].allUpper && !commonWords[w] && !stopWords[w] && s.m.wordOut(s.buf[s.toks[k].fs:s.toks[k].fe]) < 0
	}
	verbAt := func(k int) bool { return k < len(s.toks) && !s.toks[k].upper && officialVerbs[s.word(k)] }
	if i+3 < len(s.toks) && s.toks[i].join && s.word(i+1) == "and" && s.toks[i+1].join && other(i+2) && s.toks[i+2].join && verbAt(i+3) {
		return true
	}
	// (not after a preposition of place: "Families at Sembach and Kaiserslautern met")
	return i >= 2 && s.word(i-1) == "and" && s.toks[i-1].join && s.toks[i-2].join && other(i-2) && s.toks[i].join && verbAt(i+1) && !s.locative(i-2)
}

// officialVerbs are what officials do in a briefing's sentence (see personPair).
var officialVerbs = wordSet(`met meet meets visited visit visits briefed brief said say says spoke speak told
discussed toured thanked signed announced testified greeted traveled travelled attended hosted
reviewed praised welcomed called agreed pledged`)

// pluralFeatureAhead returns the generic word of the plural that a list of names, joined by
// commas and "and", ends before, when the name ending at token j is one of them: "between
// Omaha and Utah beaches" ("beach"), "the Chukchi and Beaufort seas" ("sea"), "the Ulúa and
// Chamelecón rivers" ("river"); else "".
func (s *scanner) pluralFeatureAhead(j int) string {
	for t := j + 1; t < len(s.toks) && t <= j+8; t++ {
		w := s.word(t)
		if s.toks[t].upper && s.toks[t-1].upper && pluralFeatures[w] != "" && s.seg[s.toks[t-1].end:s.toks[t].start] == " " {
			return pluralFeatures[w] // "the Red and Arabian Seas"
		}
		if !s.toks[t].upper {
			if g := pluralFeatures[w]; g != "" {
				return g
			}
			if w != "and" {
				return ""
			}
			continue
		}
		if gap := s.seg[s.toks[t-1].end:s.toks[t].start]; gap != " " && gap != ", " {
			return ""
		}
	}
	return ""
}

// exerciseYearAhead reports whether a two-digit year follows the name ending at byte end, as
// it follows an exercise's name ("Sweden hosted Aurora 23 with 26,000 troops", "Lima 24 and
// Sofia 24 ended"): the number ends the sentence or a clause (shortYearAhead, or a comma), or
// "and", "or", "with", a noun of exercises or a verb in the past tense follows it; not "In
// Lima 24 people died".
func (s *scanner) exerciseYearAhead(end int) bool {
	if !shortYearAhead(s.seg, end) && !(end+4 <= len(s.seg) && s.seg[end+3] == ',' && shortYearAhead(s.seg[:end+3], end)) {
		return false
	}
	rest := s.seg[end+3:]
	if rest == "" || rest[0] != ' ' {
		return true // the text's end or a mark ("Lima 24.", "Aurora 23, with")
	}
	w := rest[1:]
	for k := 0; k < len(w); k++ {
		if c := w[k]; !(c >= 'a' && c <= 'z') {
			w = w[:k]
			break
		}
	}
	switch w {
	case "and", "or", "with", "exercise", "exercises", "drills", "drew", "began", "ran", "brought", "saw", "took", "wrapped", "kicked":
		return true
	}
	return len(w) > 3 && strings.HasSuffix(w, "ed")
}

// listedFeature reports whether the name surface, ending at token j, is in a list before a
// plural generic word and is, with that word, a feature's exact name: "the Black and Baltic
// seas", "the Red and Arabian Seas" are no common words.
func (s *scanner) listedFeature(j int, surface string, cs []cand) bool {
	g := s.pluralFeatureAhead(j)
	if g == "" {
		return false
	}
	var buf [48]byte
	full := append(append(append(buf[:0], surface...), ' ', g[0]-'a'+'A'), g[1:]...)
	for _, c := range cs {
		if e := s.m.ent(c.e); e.Kind == gazetteer.Feature && (e.Name == string(full) || e.ASCII == string(full)) {
			return true
		}
	}
	return false
}

// pluralFeatures are the lower-case plurals that end a list of features' names, and the
// generic word each name takes (see pluralFeatureAhead).
var pluralFeatures = map[string]string{"beaches": "beach", "beachheads": "beach", "seas": "sea",
	"islands": "island", "rivers": "river", "straits": "strait", "lakes": "lake", "shoals": "shoal", "reefs": "reef", "bays": "bay"}

// numberedGeneric reports whether tokens i..j are a generic word of districts and zones and a
// numeral ("Sector 1", "District 9"; numberedGenerics).
func (s *scanner) numberedGeneric(i, j int) bool {
	return j == i+1 && numberedGenerics[s.word(i)] && isDigit(s.buf[s.toks[j].fs])
}

// ownNamed reports whether some candidate of output o is found by its entry's own or a
// curated name, not only by another of its names.
func (m *Matcher) ownNamed(o int32) bool {
	for _, c := range m.outs[o].cands {
		if c.flags&(fMain|fCurated|fAlias) != 0 {
			return true
		}
	}
	return false
}

// hiddenVoter reports whether a name inside an organisation's name may vote for its places:
// only when some candidate is found by its own or a curated name or an abbreviation, or is a
// country, a first-level region or a city of worldCityPop people or more; lesser places' other
// names (old, Latin, foreign) are too often other words ("Boni Forest" is no Bonn, once Boni).
func (m *Matcher) hiddenVoter(o int32) bool {
	for _, c := range m.outs[o].cands {
		if c.flags&(fMain|fCurated|fAlias|fAbbr) != 0 {
			return true
		}
		if e := m.ent(c.e); e.Kind == gazetteer.Country || e.Kind == gazetteer.Region1 || e.Population >= worldCityPop {
			return true
		}
	}
	return false
}

// keepOwnNamed drops the candidates of g found only by another of their entry's names, when
// some candidate is found by its own or a curated name.
func (m *Matcher) keepOwnNamed(g *group) {
	k := 0
	for i, c := range g.cands {
		if c.flags&(fMain|fCurated|fAlias) != 0 {
			g.cands[k], g.prior[k] = c, g.prior[i]
			k++
		}
	}
	if k > 0 {
		g.cands, g.prior = g.cands[:k], g.prior[:k]
	}
}

// afterNameHead reports whether token i follows a capitalised "Operation", "Exercise" (a code
// name: "Operation Atlanta"), "Task Force", "Fort", "Camp" (a post named after a person:
// "Camp Dodge") or a storm's head ("Hurricane Florence"): such a name says nothing of where
// the text is, so it gives no vote either.
func (s *scanner) afterNameHead(i int) bool {
	if i < 1 || !s.toks[i-1].join && !s.toks[i-1].poss {
		return false
	}
	if !s.toks[i-1].upper {
		return s.insideCodename(i) // "Operation Wrath of Boma"
	}
	w := s.word(i - 1)
	return codenameHeads[w] || postHeads[w] || stormHeads[w] || s.afterTaskForce(i) || s.insideCodename(i)
}

// insideCodename reports whether token i ends a run of one or two capitalised words, joined by
// spaces, right after a capitalised "Operation", "Exercise" or "Task Force": the name is the
// code name's last word ("Operation Blue Pacific", "Exercise Northern Edge Alaska"), not where
// the operation is; so is a name after one word and "of" ("Operation Wrath of Boma"). A function
// or common word in the run otherwise ("Operation Freedom in Iraq" has none)
// or a sentence's end breaks it, and so does an organisation's or command's head ("Special
// Operations Command Africa" is a command's name, see commandHeads).
func (s *scanner) insideCodename(i int) bool {
	if i >= 3 && s.word(i-1) == "of" && !s.toks[i-1].upper && s.toks[i-1].join && s.toks[i-2].upper && s.toks[i-2].join &&
		s.toks[i-3].upper && s.toks[i-3].join && (s.word(i-3) == "operation" || s.word(i-3) == "exercise") {
		return true // "Operation Wrath of Boma", "Operation Pillar of Defense"
	}
	for k := i - 1; k >= 1 && k >= i-2; k-- {
		if gap := s.seg[s.toks[k].end:s.toks[k+1].start]; !s.toks[k].upper || !s.toks[k].join && !s.toks[k].poss || gap != " " && gap != "'s " && gap != "’s " ||
			stopWords[s.word(k)] && !codenameNumbers[s.word(k)] || orgHeads[s.word(k)] || commandHeads[s.word(k)] ||
			s.toks[k].allUpper && !(s.word(k-1) == "exercise" && s.toks[k-1].upper) { // (but "Exercise CARAT Indonesia")
			return false
		}
		if w := s.word(k - 1); (w == "operation" || w == "exercise") && s.toks[k-1].upper && s.toks[k-1].join && s.seg[s.toks[k-1].end:s.toks[k].start] == " " {
			return true
		}
		if s.afterTaskForce(k) {
			return true
		}
	}
	return false
}

// codenameNumbers are number words that may stand in a code name: "Operation Three Swords".
var codenameNumbers = wordSet(`one two three four five six seven eight nine ten`)

// afterTaskForce reports whether token i follows a capitalised "Task Force" joined by a space:
// a name there names the task force ("Task Force Tarawa", after the battle), not where it is.
func (s *scanner) afterTaskForce(i int) bool {
	return i >= 2 && s.word(i-1) == "force" && s.toks[i-2].upper && s.toks[i-2].join && s.word(i-2) == "task" &&
		s.seg[s.toks[i-1].end] == ' '
}

// borderSuffix returns the token of a region's suffix after "border" or "frontier" after token
// j ("Kharkiv border region", "the Belgorod and Kursk border regions"), or j when there is none.
func (s *scanner) borderSuffix(j int) int {
	if j+2 >= len(s.toks) || !s.toks[j+1].join || s.toks[j+1].upper {
		return j
	}
	if w := s.word(j + 1); w != "border" && w != "frontier" {
		return j
	}
	switch s.word(j + 2) {
	case "region", "regions", "oblast", "oblasts", "province", "provinces":
		return j + 2
	}
	return j
}

// afterIndefinite reports whether token i follows "a" or "an", perhaps with one word in lower
// case between ("a burning Bradley"), joined by spaces: a common noun's place, where a town's
// name names a thing.
func (s *scanner) afterIndefinite(i int) bool {
	indefinite := func(k int) bool {
		return !s.toks[k].upper && s.toks[k].join && (s.word(k) == "a" || s.word(k) == "an")
	}
	k := i - 1
	if k >= 1 && !s.toks[k].upper && s.toks[k].join && !indefinite(k) {
		k-- // one adjective between
	}
	return k >= 0 && indefinite(k)
}

// headNounEnd reports whether the name ending at token j ends its noun phrase: a preposition
// or a form of "be" follows it, or a stop, a semicolon, or a comma not followed by a
// capitalised word (a place's region, "Denison, Iowa").
func (s *scanner) headNounEnd(j int) bool {
	rest := s.seg[s.toks[j].end:]
	switch {
	case rest == "" || rest[0] == '.' || rest[0] == ';' || rest[0] == ')':
		return true
	case rest[0] == ',':
		return !(j+1 < len(s.toks) && s.toks[j+1].upper)
	case rest[0] == ' ' && j+1 < len(s.toks) && s.toks[j].join && !s.toks[j+1].upper:
		return headPrepositions[s.word(j+1)]
	}
	return false
}

// headPrepositions: see headNounEnd.
var headPrepositions = wordSet(`near in at on from with by into to of for outside inside behind after was were is`)

// afterBattleOf reports whether token i follows "Battle of" or "battle of" joined by spaces:
// the name is where a battle was fought ("the Battle of Midway"), which a curated site of
// history names better than a town of the same name.
func (s *scanner) afterBattleOf(i int) bool {
	return i >= 2 && s.word(i-1) == "of" && s.toks[i-2].join && s.toks[i-1].join && !s.toks[i-1].upper &&
		(s.word(i-2) == "battle" || s.word(i-2) == "battles")
}

// afterVoyage reports whether token i follows a verb of a voyage's end or start: "departed
// New York", "arrived in New York", "sailed from", "docked at", "the port of": a port city,
// not the state of its name.
func (s *scanner) afterVoyage(i int) bool {
	if i < 1 || !s.toks[i].join || s.toks[i-1].upper {
		return false
	}
	w := s.word(i - 1)
	switch w {
	case "departed", "departing", "departs", "left", "leaving":
		return true
	}
	if i < 2 || !s.toks[i-1].join {
		return false
	}
	switch v := s.word(i - 2); w {
	case "in", "at":
		return voyageEnds[v]
	case "from", "to", "into", "for":
		return voyageVerbs[v] || v == "bound" && w == "for"
	case "of":
		return v == "port"
	}
	return false
}

// voyageEnds and voyageVerbs: see afterVoyage.
var (
	voyageEnds  = map[string]bool{"arrived": true, "arriving": true, "arrives": true, "docked": true, "moored": true, "anchored": true, "berthed": true}
	voyageVerbs = map[string]bool{"sailed": true, "sailing": true, "sails": true, "steamed": true, "pulled": true, "returned": true, "flew": true, "departed": true}
)

// Kinds a name is written as (kindCue): a settlement ("the city of X"), a state or a
// province ("the state of X", "the province of X"), a country ("the border with X").
const (
	cueSettlement = 1 + iota
	cueState
	cueProvince
	cueCountry
	cueDestination // a unit's destination: a country or a first-level region, no town ("deploy to Poland")
)

// kindCue tells what kind of place the words before token i say it is ("the", a kind's noun
// and "of"): "the city of Turkey" is a town (Turkey, Texas), not the country; "the state of
// Georgia" the US state, not the country; "the state of Washington" the state, not the city;
// "the province of Ontario" a province. 0 when nothing is said.
func (s *scanner) kindCue(i, j int) int {
	if i >= 3 && s.word(i-1) == "of" && s.word(i-2) == "general" && s.word(i-3) == "adjutant" && s.toks[i-1].join && s.toks[i-2].join && s.toks[i-3].join {
		return cueState // "the adjutant general of Georgia" heads a state's Guard
	}
	if i >= 2 && s.word(i-1) == "from" && s.toks[i-1].join && s.toks[i-2].join && s.toks[i-2].upper && guardMembers[s.word(i-2)] {
		return cueState // "Guardsmen from Georgia": the Guard of a state
	}
	if j+1 < len(s.toks) && s.toks[j].join && s.toks[j+1].upper && guardMembers[s.word(j+1)] ||
		s.toks[j].poss && j+2 < len(s.toks) && s.word(j+1) == "adjutant" && s.word(j+2) == "general" {
		return cueState // "Georgia Guardsmen", "Georgia's adjutant general"
	}
	if i >= 3 && s.word(i-1) == "of" && s.word(i-3) == "the" && s.toks[i-3].join && s.toks[i-2].join && s.toks[i-1].join &&
		(s.word(i-2) == "country" || s.word(i-2) == "nation") {
		return cueCountry // "the country of Georgia"
	}
	if i == j && i >= 2 && s.word(i-1) == "to" && !s.toks[i-1].upper && s.toks[i-1].join && s.toks[i-2].join && deployVerbs[s.word(i-2)] {
		return cueDestination // "will deploy to Poland" is no Poland, Maine
	}
	if j+1 < len(s.toks) && s.toks[j].join && !s.toks[j+1].upper && (s.word(j+1) == "border" || s.word(j+1) == "frontier") {
		return cueCountry // "near the Luxembourg border": the country's border
	}
	if i >= 2 && s.word(i-1) == "with" && !s.toks[i-1].upper && s.toks[i-1].join && s.toks[i-2].join &&
		(s.word(i-2) == "border" || s.word(i-2) == "borders" || s.word(i-2) == "frontier") {
		return cueCountry // "near the border with Niger" in a briefing on Nigeria: the country, not Niger State
	}
	if s.nationsAhead(i) {
		return cueCountry // "the governments of Norway, Greece and India", "Foreign Military Sales to Lebanon"
	}
	if i < 3 || s.word(i-1) != "of" || s.word(i-3) != "the" || !s.toks[i-3].join || !s.toks[i-2].join || !s.toks[i-1].join || s.toks[i-1].upper {
		return 0 // "the city of X", not "Umemger village of Guma LGA"
	}
	switch s.word(i - 2) {
	case "city", "town", "village", "hamlet":
		return cueSettlement
	case "state":
		return cueState
	case "province":
		return cueProvince
	}
	return 0
}

// nationsAhead reports whether the name at token i follows, perhaps as a later name of a list
// of capitalised names, "government of", "governments of" or "Military Sales to" (as "Foreign
// Military Sales to"; also "FMS to"): only countries have governments and buy arms so.
func (s *scanner) nationsAhead(i int) bool {
	k := i - 1
	for n := 0; n < 8 && k >= 1; n++ {
		if s.toks[k].upper || !s.toks[k].join {
			break
		}
		if w := s.word(k); w == "and" || w == "or" {
			// a list: go back over its capitalised names and commas
			k--
			for k >= 1 && s.toks[k].upper && s.toks[k].join {
				k--
			}
			continue
		}
		break
	}
	// commas: "Norway, Greece": the token before a comma-joined name
	for k >= 1 && s.toks[k].upper && strings.HasPrefix(s.seg[s.toks[k].end:], ", ") {
		k--
	}
	if k < 1 || s.toks[k].upper {
		return false
	}
	switch s.word(k) {
	case "of":
		w := s.word(k - 1)
		return (w == "government" || w == "governments") && !s.toks[k-1].upper
	case "to":
		w := s.word(k - 1)
		return (w == "sales" || w == "fms") && s.toks[k-1].upper
	}
	return false
}

// keepKind drops the candidates of g that are not of the kind cue names, when some are: a
// state is a first-level region before a country ("the state of Georgia"; "the state of Kuwait"
// has no such region). A settlement none of whose candidates is a town is one the gazetteer
// lacks, and the name is dropped ("the city of Turkey", Texas, a town of 400 people).
func (m *Matcher) keepKind(g *group, cue int) {
	region1 := cue == cueState && slices.ContainsFunc(g.cands, func(c cand) bool { return m.ent(c.e).Kind == gazetteer.Region1 })
	ok := func(e *gazetteer.Entry) bool {
		switch cue {
		case cueSettlement:
			return e.Kind == gazetteer.Place || e.Kind == gazetteer.Feature && e.FeatureCode == "PPL" // (a curated village)
		case cueState:
			return e.Kind == gazetteer.Region1 || e.Kind == gazetteer.Country && !region1
		case cueProvince:
			return e.Kind == gazetteer.Region1 || e.Kind == gazetteer.Region2
		case cueCountry:
			return e.Kind == gazetteer.Country
		case cueDestination:
			return e.Kind == gazetteer.Country || e.Kind == gazetteer.Region1
		}
		return true
	}
	if cue == cueDestination && !slices.ContainsFunc(g.cands, func(c cand) bool { return m.ent(c.e).Kind == gazetteer.Country }) {
		return // only a country's name drops its towns: "deploy to Kabul" keeps the city
	}
	if cue == cueSettlement && !slices.ContainsFunc(g.cands, func(c cand) bool { return ok(m.ent(c.e)) }) {
		g.drop = true
		return
	}
	k := 0
	for i, c := range g.cands {
		if ok(m.ent(c.e)) {
			g.cands[k], g.prior[k] = c, g.prior[i]
			k++
		}
	}
	if k > 0 && k < len(g.cands) {
		g.cands, g.prior = g.cands[:k], g.prior[:k]
	}
}

// genericRegions reports whether the name of tokens i..j is generic words naming only regions
// ("South West", "Eastern Province"): inside an organisation's name it says nothing of where
// the text is ("the South West Command" is no vote for Cameroon's South-West region).
func (m *Matcher) genericRegions(s *scanner, i, j int, o int32) bool {
	return genericWords(s.words(i, j)) && m.regionsOnly(o) && !m.oneBigRegion(o)
}

// fullStop reports whether token t, a word of two or more letters that is no abbreviation,
// ends a sentence: a dot and a space follow it ("near Quang Tri. Operation Rolling Thunder":
// the next sentence's words are no part of its name).
func (s *scanner) fullStop(t int) bool {
	e := s.toks[t].end
	return e+1 < len(s.seg) && s.seg[e] == '.' && s.seg[e+1] == ' ' && s.toks[t].fe-s.toks[t].fs >= 2 && !abbrevs[s.word(t)] && !ranks[s.word(t)]
}

// afterDesignation reports whether before ends in a model's designation and a space: capitals,
// a hyphen and digits, with perhaps a letter after them ("UH-60 ", "MQ-9 ", "F-15E ").
func afterDesignation(before string) bool {
	k := len(before)
	if k < 5 || before[k-1] != ' ' {
		return false
	}
	k--
	if k > 0 && before[k-1] >= 'A' && before[k-1] <= 'Z' {
		k-- // "F-15E"
	}
	d := k
	for k > 0 && before[k-1] >= '0' && before[k-1] <= '9' {
		k--
	}
	if k == d || k == 0 || before[k-1] != '-' {
		return false
	}
	k--
	c := k
	for k > 0 && before[k-1] >= 'A' && before[k-1] <= 'Z' {
		k--
	}
	return c-k >= 1 && c-k <= 4 && (k == 0 || before[k-1] == ' ' || before[k-1] == '(')
}

// facilityAhead reports whether token k starts the generic name of an airfield, a base, a
// dam, a training area or a range that a place name before it names after the town it stands
// by ("Tabqa Airfield", "Bagram Airfield", "Erbil International Airport", "Asheville Regional
// Airport", "the Tucson Sector" of the Border Patrol, "Aviano Air Base", "Qayyarah Airfield West", "Mosul
// Dam", "Yakima Training Center", "White Sands Missile Range", "Dugway Proving Ground"); those
// the gazetteer knows by their full name ("Ramstein Air Base") match whole before. An
// international airport counts only after a big place's name (big): airports named after
// persons are most often so ("Pearson International Airport" is no Pearson, Georgia).
func (s *scanner) facilityAhead(k int, big bool) bool {
	switch s.word(k) {
	case "airfield", "airport", "airbase", "dam", "arsenal":
		return true
	case "port", "harbor", "harbour", "marina":
		return big // "Larnaca Port", "Ashdod Port": the town's port (not "Port Arthur" after a small place's name)
	case "chemical":
		return s.facilityNext(k, "depot", "activity") // "Newport Chemical Depot"
	case "army":
		return s.facilityNext(k, "depot", "base", "field", "station", "airfield") // "Tooele Army Depot"
	case "air", "naval":
		if s.word(k) == "air" && s.facilityNext(k, "force") && s.facilityNext(k+1, "base", "station") {
			return true // "Great Falls Air Force Base" the gazetteer lacks: by the town
		}
		return s.facilityNext(k, "base", "field", "station", "airfield")
	case "international":
		return big && s.toks[k].upper && s.facilityNext(k, "airport", "airfield")
	case "regional":
		return s.toks[k].upper && s.facilityNext(k, "airport")
	case "sector":
		return s.toks[k].upper // a Border Patrol sector: "the Tucson Sector"
	case "training":
		return s.facilityNext(k, "center", "centre", "area", "range")
	case "missile", "firing", "bombing":
		return s.facilityNext(k, "range")
	case "proving":
		return s.facilityNext(k, "ground", "grounds")
	}
	return false
}

// facilityNext reports whether a capitalised word, one of generic, follows token k:
// the second word of a facility's generic name ("Air Base", "Training Center").
func (s *scanner) facilityNext(k int, generic ...string) bool {
	return k+1 < len(s.toks) && s.toks[k].join && s.toks[k+1].upper && slices.Contains(generic, s.word(k+1))
}

// coordinated reports whether token i follows "and" or "&" after a capitalised common word or
// organisation's head, not a generic word of places, that no accepted name (prev) ends at, and
// no plural generic word follows (see accept).
func (s *scanner) coordinated(i int, prev *raw) bool {
	k := i - 1
	gap := strings.TrimSpace(s.seg[s.toks[k].end:s.toks[i].start])
	if gap == "" && s.word(k) == "and" {
		k--
		if k < 0 {
			return false
		}
		gap = strings.TrimSpace(s.seg[s.toks[k].end:s.toks[i-1].start])
	} else if gap != "&" {
		return false
	} else {
		gap = ""
	}
	w := s.word(k)
	if gap != "" || !s.toks[k].upper || s.toks[k].allUpper || !(commonWords[w] || orgHeads[w]) || placeHeads[w] || prev != nil && prev.tj == k {
		return false
	}
	return !s.pluralNext(i)
}

// titleAbbr reports whether the name ending at token j (at byte end, after its dot if any) is only an abbreviation's
// (fAbbr) and is written in lower case without its dot: "Miss" in "Miss Butler County" is a
// title, and "Miss Ohio Pageant" votes for no Mississippi; "S.C. Department" and "NJ Transit"
// still vote for their states.
func (s *scanner) titleAbbr(j int, o int32, end int) bool {
	if end > s.toks[j].end || s.toks[j].allUpper {
		return false
	}
	for _, c := range s.m.outs[o].cands {
		if c.flags&fAbbr == 0 {
			return false
		}
	}
	return true
}

// bareOnly reports whether every candidate of a key is a second-level region's name without
// its "County" (see fBare).
func (m *Matcher) bareOnly(o int32) bool {
	for _, c := range m.outs[o].cands {
		if c.flags&fBare == 0 {
			return false
		}
	}
	return true
}

// regionAhead reports whether a second-level suffix follows token t ("Walker county") or a
// list that t belongs to ends in one ("Walker and Grimes counties").
func (s *scanner) regionAhead(t int) bool {
	if t+1 < len(s.toks) && s.toks[t].join && suffixes[s.word(t+1)] == vRegion2 {
		return true
	}
	return s.pluralAhead(t) == vRegion2
}

// pluralNext reports whether a plural suffix directly follows token t: a name so followed
// that ends no list is a place the regions lie around, not a region's name ("the metro
// Houston counties" are Harris and Fort Bend, not Houston County).
func (s *scanner) pluralNext(t int) bool {
	if t+1 >= len(s.toks) || !listGap(s.seg[s.toks[t].end:s.toks[t+1].start]) {
		return false
	}
	_, ok := pluralSuffixes[s.word(t+1)]
	return ok
}

// listBefore reports whether the name starting at token i ends a list: "and", "or" or a comma
// comes before it ("Grayson and Love counties", "Cooke, Grayson counties").
func (s *scanner) listBefore(i int) bool {
	if i == 0 {
		return false
	}
	if strings.IndexByte(s.seg[s.toks[i-1].end:s.toks[i].start], ',') >= 0 {
		return true
	}
	w := s.word(i - 1)
	return w == "and" || w == "or"
}

// pluralSuffixes: see words.go.

// pluralAhead returns the region variant of a list of names that token t belongs to and that
// ends in a plural suffix ("Cooke, Grayson and Love counties"), else vPlain. Between t and the
// suffix there may be only capitalised words, commas, "and" and "or".
func (s *scanner) pluralAhead(t int) uint8 {
	for k, n := t+1, 0; k < len(s.toks) && n < 12; k, n = k+1, n+1 {
		if gap := s.seg[s.toks[k-1].end:s.toks[k].start]; !listGap(gap) && !(gap == ". " && nameAbbrs[s.word(k-1)]) {
			return vPlain // (the dot of "St." or "Ft." in a name goes on: "Terrebonne and St. Charles parishes")
		}
		if s.toks[k].upper {
			continue
		}
		w := s.buf[s.toks[k].fs:s.toks[k].fe]
		if v, ok := pluralSuffixes[string(w)]; ok {
			if k == t+1 || s.toks[k-1].upper {
				return v
			}
			return vPlain
		}
		if string(w) != "and" && string(w) != "or" {
			return vPlain
		}
	}
	return vPlain
}

// nameAbbrs are abbreviations that begin names, written with a dot ("St. Charles", "Ft. Bend").
var nameAbbrs = wordSet(`st ste ft mt pt`)

// listGap reports whether a gap between two words holds only spaces and commas.
func listGap(gap string) bool {
	for i := 0; i < len(gap); i++ {
		switch gap[i] {
		case ' ', ',':
		case 0xc2: // U+00A0, no-break space
			if i+1 >= len(gap) || gap[i+1] != 0xa0 {
				return false
			}
			i++
		default:
			return false
		}
	}
	return true
}

// hyphenated reports whether tokens t and t+1 are joined by a hyphen alone: with a place
// name ("Middlesex-London") or a single letter ("D-Chicopee", a party and a district) before
// it, not a given name and a surname.
func (s *scanner) hyphenated(t int) bool {
	gap := s.seg[s.toks[t].end:s.toks[t+1].start]
	if gap == " " {
		return false // the commonest gap
	}
	return gap != "" && strings.Trim(gap, "-\u2010\u2011\u2013") == "" // an unspaced en dash joins as a hyphen does
}

// doubleSurname reports whether token i ends a double-barrelled name after a given name:
// "Aniya Day-Garrett", "Mary Smith-Jones". Token i-1, capitalised, is joined to it by a hyphen,
// and token i-2 before them is a capitalised word that names no place and is no modifier,
// article, common or function word (so "the Iraq-Syria border", "South Sudan-Uganda" and
// "Northern Iraq-Syria" stay place names).
func (s *scanner) doubleSurname(i int) bool {
	if i < 2 || !s.hyphenated(i-1) || !s.toks[i-1].upper || s.toks[i-1].allUpper || !s.toks[i-2].join ||
		!s.toks[i-2].upper || s.toks[i-2].allUpper || s.seg[s.toks[i-2].end:s.toks[i-1].start] != " " {
		return false
	}
	w := s.word(i - 2)
	if modifierWords[w] || articles[w] || stopWords[w] || commonWords[w] || demonyms[w] || titleWords[w] || ranks[w] ||
		installationHeads[w] || dayMonth[w] || strings.IndexAny(w, "0123456789") >= 0 || commandHeads[s.word(i-1)] {
		return false // (and not after a command's head: "Marine Rotational Force-Darwin" is in Darwin)
	}
	return s.m.wordOut(s.buf[s.toks[i-2].fs:s.toks[i-2].fe]) < 0
}

// romanNumeral reports whether w is written with the Roman numerals I, V and X only.
func romanNumeral(w string) bool {
	return w != "" && strings.Trim(w, "IVX") == ""
}

// hyphenChain reports whether the name of tokens i..j is inside a longer chain of hyphenated
// words (see accept): "<Capitalised>-<lower>-" before it, or "-<Capitalised>-" after it whose
// middle word starts no name of places other than small ones.
func (s *scanner) hyphenChain(i, j int) bool {
	if i >= 2 && s.hyphenated(i-1) && s.hyphenated(i-2) && s.toks[i-2].upper && !s.toks[i-1].upper && !articles[s.word(i-1)] && !hyphenSuffixes[s.word(i-1)] {
		return true
	}
	if j+2 < len(s.toks) && s.toks[j].end == s.toks[j+1].start-1 && s.hyphenated(j) && s.hyphenated(j+1) && s.toks[j+1].upper {
		o := s.m.wordOut(s.buf[s.toks[j+1].fs:s.toks[j+1].fe])
		return o < 0 || s.m.smallOnly(o)
	}
	return false
}

// locative reports whether token t directly follows a preposition of place ("in London",
// "near Gainesville"): the name is a place there, whatever else it is elsewhere.
func (s *scanner) locative(t int) bool {
	if t == 0 || s.toks[t-1].upper {
		return false
	}
	gap := s.seg[s.toks[t-1].end:s.toks[t].start]
	return s.wordIn(locativeWords, locativeWordShapes, t-1) && (gap == " " || strings.Trim(gap, " \u00a0") == "")
}

// titleAhead reports whether the capitalised words from token t on end, within three words,
// in a title: "Quebec Health Minister", "Texas Agriculture Commissioner" name the place's
// officer, not a longer proper name.
// polityAhead reports whether the name ending at token t goes on with a government's title
// (a run of up to three capitalised words ending in one: "Quebec Health Minister", "Ontario
// Premier") or with "government" ("the Quebec government").
func (s *scanner) polityAhead(t int) bool {
	for k := t + 1; k < len(s.toks) && k < t+4 && s.toks[k-1].join; k++ {
		w := s.word(k)
		if w == "government" || s.toks[k].upper && polityTitles[w] {
			return true
		}
		if !s.toks[k].upper {
			break
		}
	}
	return false
}

// polityTitles are the titles of a country's or a first-level region's government.
var polityTitles = wordSet(`minister premier governor legislature parliament`)

func (s *scanner) titleAhead(t int) bool {
	for k := t; k < len(s.toks) && k < t+3 && s.toks[k].upper; k++ {
		if titleWords[s.word(k)] {
			return true
		}
		if !s.toks[k].join {
			break
		}
	}
	return false
}

// verbForm reports whether a word ends like an English participle or adverb ("Missing",
// "Acting", "Reportedly"): opening a sentence before a place name, it is no given name.
func verbForm(w string) bool {
	return len(w) > 4 && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ly"))
}

// rankGap reports whether only spaces, or a dot and spaces, follow token t: "Gen. Turner".
func (s *scanner) rankGap(t int) bool {
	gap := s.seg[s.toks[t].end:s.toks[t+1].start]
	if strings.HasPrefix(gap, ".") {
		if s.toks[t].fe-s.toks[t].fs > 4 {
			return false // "Judge. Columbus": a sentence ends; only abbreviations take a dot
		}
		gap = gap[1:]
	}
	return len(gap) > 0 && len(gap) <= 2 && strings.Trim(gap, " \u00a0") == ""
}

// afterInitial reports whether token i follows a middle initial: a capitalised word, then one
// capital letter (not a compass point, "S. Korea") and a full stop ("Lloyd J. Austin").
func (s *scanner) afterInitial(i int) bool {
	if i < 2 || !s.toks[i-1].join || !s.toks[i-2].join {
		return false
	}
	in, name := s.toks[i-1], s.toks[i-2]
	if in.fe-in.fs != 1 || !in.upper || in.end >= len(s.seg) || s.seg[in.end] != '.' || in.end+1 >= len(s.seg) || s.seg[in.end+1] != ' ' {
		return false
	}
	switch s.seg[in.start] {
	case 'N', 'S', 'E', 'W':
		return false
	}
	return name.upper && name.fe-name.fs >= 2 && !name.allUpper && s.seg[name.end] == ' '
}

// beforeNameSuffix reports whether a generational suffix follows the name ending at token j
// and byte end: "Jr." or "Sr." (after a comma or not), "II", "III" or "IV".
func (s *scanner) beforeNameSuffix(j, end int) bool {
	if j+1 >= len(s.toks) || end != s.toks[j].end {
		return false
	}
	gap := s.seg[end:s.toks[j+1].start]
	if gap != " " && gap != ", " {
		return false
	}
	next := s.toks[j+1]
	w := s.seg[next.start:next.end]
	switch w {
	case "Jr", "Sr":
		return next.end < len(s.seg) && s.seg[next.end] == '.'
	case "II", "III", "IV":
		return gap == " " && (next.end == len(s.seg) || !isWordByte(s.seg, next.end))
	}
	return false
}

// joinsLetter reports whether tokens i to j hold a word of one letter beside a longer word,
// other than the letters of a dotted acronym written without spaces ("U.S. Virgin Islands").
func (s *scanner) joinsLetter(i, j int) bool {
	letter, longer := false, false
	for t := i; t <= j; t++ {
		switch {
		case s.toks[t].fe-s.toks[t].fs != 1:
			longer = true
		case !s.acronymLetter(t) && !s.izafe(t):
			letter = true
		}
	}
	return letter && longer
}

// izafe reports whether token t is a one-letter lower-case link between two hyphens, as
// Persian and Dari names are written ("Sar-e-Pul", "Pul-i-Khumri", "Qala-e-Naw").
func (s *scanner) izafe(t int) bool {
	a, b := s.toks[t].start, s.toks[t].end
	return t > 0 && t+1 < len(s.toks) && !s.toks[t].upper && b-a == 1 && a > 0 && s.seg[a-1] == '-' && b < len(s.seg) && s.seg[b] == '-' &&
		(s.seg[a] == 'e' || s.seg[a] == 'i' || s.seg[a] == 'o')
}

// acronymLetter reports whether token t is a letter joined by a dot, with no space, to the
// letter before or after it ("U" and "S" in "U.S.").
func (s *scanner) acronymLetter(t int) bool {
	dotJoin := func(a int) bool { // token a, a dot, then token a+1
		e := s.toks[a].end
		return e < len(s.seg) && s.seg[e] == '.' && s.toks[a+1].start == e+1 && s.toks[a+1].fe-s.toks[a+1].fs == 1
	}
	return t+1 < len(s.toks) && dotJoin(t) || t > 0 && s.toks[t-1].fe-s.toks[t-1].fs == 1 && dotJoin(t-1)
}

// beforeSurname reports whether the one-word name of token j, ending at end, is followed by a
// capitalised word that can be a surname: not a generational suffix, weekday, month or title.
func (s *scanner) beforeSurname(j, end int) bool {
	if j+1 >= len(s.toks) || !s.toks[j].join || end != s.toks[j].end || s.seg[end] != ' ' {
		return false
	}
	next := s.toks[j+1]
	w := s.word(j + 1)
	return next.upper && !next.allUpper && !dayMonth[w] && !titleWords[w] && !ranks[w]
}

// namesCountry reports whether some candidate of a key is a country.
func (m *Matcher) namesCountry(o int32) bool {
	for _, c := range m.outs[o].cands {
		if m.ent(c.e).Kind == gazetteer.Country {
			return true
		}
	}
	return false
}

// provinceOf reports whether every candidate of match o is a first-level region of country cc.
func (m *Matcher) provinceOf(o int32, cc string) bool {
	cands := m.outs[o].cands
	for _, c := range cands {
		if e := m.ent(c.e); e.Kind != gazetteer.Region1 || e.Country != cc {
			return false
		}
	}
	return len(cands) > 0
}

// afterTypeNumber reports whether token i follows a ship class's "Type" and its number:
// "the Type 076 Sichuan".
func (s *scanner) afterTypeNumber(i int) bool {
	if i < 1 || !s.toks[i-1].join {
		return false
	}
	before := strings.TrimRight(s.seg[:s.toks[i].start], " ")
	k := len(before)
	for k > 0 && isDigit(before[k-1]) {
		k--
	}
	return k < len(before) && strings.HasSuffix(before[:k], "Type ")
}

// regionNounAfter reports whether a region's noun or a capitalised word follows token j:
// "Shandong province", "the Shandong Peninsula", "the Hunan city of Yueyang", "the Liaoning and
// Shandong provinces".
func (s *scanner) regionNounAfter(j int) bool {
	if j+1 >= len(s.toks) || !s.toks[j].join {
		return false
	}
	if s.toks[j+1].upper {
		return true
	}
	if s.word(j+1) == "and" && j+3 < len(s.toks) && s.toks[j+2].upper && s.toks[j+2].join {
		j += 2 // "the Liaoning and Shandong provinces"
	}
	switch s.word(j + 1) {
	case "province", "provinces", "region", "regions", "coast", "area", "peninsula", "government", "authorities", "officials",
		"city", "cities", "county", "counties", "capital", "town", "towns", "village", "villages", "border", "military":
		return true
	}
	return false
}

// dottedAcronym reports whether s is two or more capital letters each followed by a dot
// ("U.N.", "D.R.C.").
func dottedAcronym(s string) bool {
	if len(s) < 4 || len(s)%2 != 0 {
		return false
	}
	for k := 0; k < len(s); k += 2 {
		if s[k] < 'A' || s[k] > 'Z' || s[k+1] != '.' {
			return false
		}
	}
	return true
}

// riverAfterThe reports whether the name of tokens i..j is written as a river's name is:
// after "the", and followed by the end of a clause, a possessive or a word that cannot go on
// a noun phrase ("crossed the Dnipro near Krynky", "the Dnipro's left bank"). A noun or a
// capitalised word after it makes the name a modifier ("the Dnipro region", "the Dnipro
// airport", "the Mississippi National Guard").
func (s *scanner) riverAfterThe(i, j int) bool {
	if i == 0 || !s.toks[i-1].join {
		return false
	}
	if w := s.word(i - 1); w != "the" {
		// "the lower Mississippi", "the upper Missouri"
		if !(i >= 2 && (w == "lower" || w == "upper" || w == "middle") && !s.toks[i-1].upper && s.toks[i-2].join && s.word(i-2) == "the") {
			return false
		}
	}
	e := s.toks[j].end
	if e >= len(s.seg) {
		return true
	}
	rest := s.seg[e:]
	switch rest[0] {
	case '.', ',', ';', ':', '!', '?', ')':
		return true
	}
	for _, p := range []string{"—", "–", "'s ", "’s ", " - "} {
		if strings.HasPrefix(rest, p) {
			return true
		}
	}
	return s.toks[j].join && j+1 < len(s.toks) && !s.toks[j+1].upper && riverFollowers[s.word(j+1)]
}

// theRegions are regions that English names with "the" as it names rivers ("over the Yukon"
// is the territory): the river of their name only before a verb that only a river does.
var theRegions = wordSet(`yukon`)

// riverVerbAhead reports whether a verb that only a river does follows token j: "the Yukon
// crested", "the Yukon flows".
func (s *scanner) riverVerbAhead(j int) bool {
	if j+1 >= len(s.toks) || !s.toks[j].join || s.toks[j+1].upper {
		return false
	}
	switch s.word(j + 1) {
	case "flows", "flowed", "crested", "crests", "froze", "freezes", "overflowed", "flooded", "rose", "river":
		return true
	}
	return false
}

// placeOfAt reports whether token i follows "of" after a noun of a place or its people: "the
// city of Santa Barbara", "residents of Kansas City", "the mayor of Tulsa" name the place, though
// a ship bears its name.
func (s *scanner) placeOfAt(i int) bool {
	if i < 2 || s.word(i-1) != "of" || s.toks[i-1].upper || !s.toks[i-1].join || !s.toks[i-2].join {
		return false
	}
	return placeOfNouns[s.word(i-2)]
}

// placeOfNouns: see placeOfAt.
var placeOfNouns = wordSet(`city town village county state port residents people citizens mayor mayors
governor area`)

// quotedNickname reports whether tokens i..j, ending at byte end, stand in quotes between a
// capitalised word and another: a nickname ("Hiroshi "Hershey" Miyamura").
func (s *scanner) quotedNickname(i, j, end int) bool {
	if i < 1 || !s.toks[i-1].upper {
		return false
	}
	if g := s.seg[s.toks[i-1].end:s.toks[i].start]; g == "\" " || g == "” " {
		// the surname after a nickname: William "Buffalo Bill" Cody
		k := strings.LastIndexAny(s.seg[:s.toks[i-1].start], "\"“")
		return k > 1 && s.seg[k-1] == ' ' && isUpperByte(s.seg[strings.LastIndexByte(s.seg[:k-1], ' ')+1])
	}
	before := s.seg[s.toks[i-1].end:s.toks[i].start]
	if before != " \"" && before != " “" {
		return false
	}
	rest := s.seg[end:]
	var q string
	switch {
	case strings.HasPrefix(rest, "\" "):
		q = "\" "
	case strings.HasPrefix(rest, "” "):
		q = "” "
	default:
		return false
	}
	k := end + len(q)
	return k < len(s.seg) && isUpperByte(s.seg[k])
}

// isUpperByte reports whether c is an ASCII capital.
func isUpperByte(c byte) bool { return c >= 'A' && c <= 'Z' }

// listAfter reports whether "and" or "or" follows token j, as a list of names goes on.
func (s *scanner) listAfter(j int) bool {
	if j+1 < len(s.toks) && s.toks[j+1].upper && s.enDashed(j) {
		return true // a pair joined by a dash: "the Ohio–Hungary partnership"
	}
	return s.toks[j].join && j+1 < len(s.toks) && (s.word(j+1) == "and" || s.word(j+1) == "or")
}

// riverFollowers are words that may follow a river's name but not a noun phrase's modifier.
var riverFollowers = wordSet(`near at in on into to from and or between toward towards which
where with by for as after before south north east west upstream downstream was is were are
has had flows flowed runs ran rose fell past crested crests reached dropped receded overflowed flooded along
through above below poured pours climbed climbs stayed stays remained remains spilled spills surged surges
swelled swells topped tops breached threatened threatens continued continues carried carries kept keeps
while will would could may might peaked peaks neared nears approached rises falls broke breaks
held holds collapsed burst failed`)

// vocativeWords go on, after a comma, from a name by which a speaker calls someone: "Nancy, we've
// been very clear", "Sydney, I'm not going to get into that", "Tom, thanks".
var vocativeWords = wordSet(`i we you thanks thank yes no look sure great good okay ok go please`)

// strongVocative reports whether the one-word name of token i, ending at end, is a person a
// transcript's speaker calls on or a reporter names: after "Go ahead," "Thank you," "Thanks,"
// "Yes," "Okay," or "Sure," and before a stop or a comma ("Go ahead, Jordan."); at a sentence's
// start in a reporter's line ("Q: ...") before a comma and a capitalised word ("Q: Thanks. Jordan,
// Washington Post."); or ending a speaker's sentence after a comma and a word in lower case
// ("MR. KIRBY: I won't speculate on basing, Jordan.").
func (s *scanner) strongVocative(i, end int) bool {
	after := s.seg[end:]
	before := s.seg[:s.toks[i].start]
	if after == "" || strings.IndexByte(".,?!", after[0]) >= 0 {
		for _, p := range [...]string{"go ahead, ", "thank you, ", "thanks, ", "yes, ", "okay, ", "sure, "} {
			if hasSuffixFold(before, p) {
				return true
			}
		}
		for _, p := range [...]string{"well, ", "again, ", "sorry, ", "hey, ", "hi, ", "so, "} {
			if hasSuffixFold(before, p) && (opensClause(before, len(before)-len(p)) || strings.HasSuffix(strings.TrimRight(before[:len(before)-len(p)], " "), ":")) &&
				after != "" && after[0] == ',' {
				return true // "Well, Savannah, we don't comment"
			}
		}
	}
	// In a transcript, a given name that is a sentence by itself ("Madison?") or ends one
	// after "go to" or "over to" ("Let me go to Savannah.") is one the speaker calls on, and so
	// is one set off by a comma at a sentence's end after a place ("in Tucson, Lara.").
	if givenNames[s.word(i)] && (after == "" || after[0] == '.' || after[0] == '?') && transcriptTurn(before) != 0 {
		if s.sentenceStart(i) && after != "" && after[0] == '?' || hasSuffixFold(before, "go to ") || hasSuffixFold(before, "over to ") {
			return true
		}
		if i >= 1 && s.toks[i-1].upper && s.seg[s.toks[i-1].end:s.toks[i].start] == ", " && transcriptTurn(before) == 'S' {
			return true
		}
	}
	if after == "" || after[0] != ',' && after[0] != '.' && after[0] != '?' && after[0] != ' ' {
		return false // (the common case, cheaply: a name inside a sentence)
	}
	for _, p := range [...]string{", go ahead", ", last question", ", please"} {
		if len(after) >= len(p) && strings.EqualFold(after[:len(p)], p) && s.sentenceStart(i) {
			return true // "Georgia, go ahead."
		}
	}
	if s.sentenceStart(i) && reporterID(after) && transcriptTurn(before) == 'Q' {
		return true // "Q: Thanks. Jordan, Washington Post.", "Q: Georgia Kaloudis, Kathimerini.", "Israel Hayom."
	}
	if (after[0] == '.' || after[0] == '?') && i >= 1 && !s.toks[i-1].upper && s.seg[s.toks[i-1].end:s.toks[i].start] == ", " &&
		transcriptTurn(before) == 'S' {
		return true
	}
	return false
}

// opensClause reports whether offset k of text opens it, a line or a sentence: only spaces lie
// between k and the start, a line feed or a sentence's end.
func opensClause(text string, k int) bool {
	r := strings.TrimRight(text[:k], " ")
	return r == "" || strings.IndexByte(".!?\n", r[len(r)-1]) >= 0
}

// transcriptTurn returns whose turn of a transcript the text before ends in: 'Q' after a
// reporter's "Q:", 'S' after a speaker's label in capitals and a colon ("MR. KIRBY:", "GENERAL
// RYDER:"), each opening a line or a sentence; 0 when before holds neither.
func transcriptTurn(before string) byte {
	q := -1
	for k := strings.LastIndex(before, "Q:"); k >= 0; k = strings.LastIndex(before[:k], "Q:") {
		if opensClause(before, k) {
			q = k
			break
		}
	}
	label := -1
	for k := strings.LastIndexByte(before, ':'); k > q; k = strings.LastIndexByte(before[:k], ':') {
		if speakerLabelBefore(before[:k]) {
			label = k
			break
		}
	}
	switch {
	case q < 0 && label < 0:
		return 0
	case q > label:
		return 'Q'
	}
	return 'S'
}

// speakerLabelBefore reports whether text ends in a speaker's label in capitals (before its
// colon): one to four words of capitals and dots, opening the text, a line or a sentence ("MR.
// KIRBY", "GENERAL RYDER", "SECRETARY AUSTIN"; not "Q").
func speakerLabelBefore(text string) bool {
	k := len(text)
	words := 0
	for k > 0 && words < 4 {
		e := k
		for k > 0 && (text[k-1] >= 'A' && text[k-1] <= 'Z' || text[k-1] == '.' || text[k-1] == '\'') {
			k--
		}
		if k == e {
			return false
		}
		words++
		if opensClause(text, k) {
			return e-k >= 2 || words > 1
		}
		if text[k-1] != ' ' {
			return false
		}
		k--
	}
	return false
}

// vocative reports whether token i, a name ending at end, starts a sentence and is followed by
// a comma and one of vocativeWords, or follows a transcript's "Q:" at the start of a line and
// is followed by a comma ("Q: Tyler, Japan Times.").
func (s *scanner) vocative(i, end int) bool {
	if end+2 >= len(s.seg) || s.seg[end] != ',' || s.seg[end+1] != ' ' {
		return false
	}
	if i >= 1 && s.word(i-1) == "q" && s.toks[i-1].upper && s.seg[s.toks[i-1].end:s.toks[i].start] == ": " && s.lineStart(i-1) {
		return true
	}
	if !s.sentenceStart(i) {
		return false
	}
	rest := s.seg[end+2:]
	k := 0
	for k < len(rest) && asciiLetter(rest[k]) {
		k++
	}
	w := strings.ToLower(rest[:k])
	return k > 0 && (vocativeWords[w] || turnVocativeWords[w] && givenNames[s.word(i)] && transcriptTurn(s.seg[:s.toks[i].start]) != 0)
}

// turnVocativeWords go on, after a comma, from a given name a speaker of a transcript calls
// someone by ("Nancy, that's still being worked out"); elsewhere a place's name so followed
// may open a sentence ("Raqqa, that is the question").
var turnVocativeWords = wordSet(`that it there as`)

// inCommandName reports whether the name at token i ends a command's name: right after its head
// (commandHeads: "Forces Korea"), perhaps after a compass word ("Forces Southwest Asia"), or
// after another such name and "and" or a hyphen ("Army Europe and Africa", "Naval Forces
// Europe-Africa").
func (s *scanner) inCommandName(i int) bool {
	after := func(k int) bool { // token k follows a command's head, perhaps after a compass word
		if k >= 1 && s.toks[k-1].upper && s.toks[k-1].join && s.seg[s.toks[k-1].end] == ' ' && commandHeads[s.word(k-1)] {
			return true
		}
		return k >= 2 && s.toks[k-1].upper && compassWords[s.word(k-1)] && s.seg[s.toks[k-1].end] == ' ' &&
			s.toks[k-2].upper && s.seg[s.toks[k-2].end] == ' ' && commandHeads[s.word(k-2)]
	}
	if after(i) {
		return true
	}
	if i >= 2 && s.toks[i-1].upper && commandHeads[s.word(i-1)] && (s.seg[s.toks[i-1].end:s.toks[i].start] == "-" || s.seg[s.toks[i-1].end:s.toks[i].start] == "–") {
		return true // "Marine Rotational Force-Darwin", "Force–Darwin": the force's station
	}
	if i >= 2 && s.toks[i-1].upper && s.seg[s.toks[i-1].end:s.toks[i].start] == "-" && after(i-1) && s.m.namesArea(s.word(i-1)) {
		return true // "Europe-Africa"
	}
	return i >= 3 && s.word(i-1) == "and" && !s.toks[i-1].upper && s.toks[i-2].upper &&
		s.seg[s.toks[i-2].end:s.toks[i-1].start] == " " && after(i-2) && s.m.namesArea(s.word(i-2))
}

// inAffiliateName reports whether the name at tokens i..j lies in the name of a province or
// branch of the Islamic State: "Islamic State West Africa Province", "the Islamic State's
// Sahel Province", "Islamic State – Somalia Province", "the Islamic State in the Greater
// Sahara". The name ends in a capitalised "Province" (up to three capitalised words after
// the place), or follows "in the Greater"; up to two capitalised words may stand between
// "Islamic State" and the place ("West Africa", "Central Africa").
func (s *scanner) inAffiliateName(i, j int) bool {
	k := i - 1
	greater := false
	for n := 0; n < 2 && k >= 1 && s.toks[k].upper && !(s.word(k) == "state" && s.word(k-1) == "islamic"); n++ {
		greater = greater || s.word(k) == "greater"
		k--
	}
	in := false
	if k >= 3 && s.word(k) == "the" && s.word(k-1) == "in" && !s.toks[k].upper && !s.toks[k-1].upper {
		k, in = k-2, true
	} else if k >= 1 && s.word(k) == "in" && !s.toks[k].upper {
		k, in = k-1, true
	}
	islamicState := k >= 1 && s.word(k) == "state" && s.word(k-1) == "islamic" && s.toks[k].upper && s.toks[k-1].upper
	if in && i == j && k >= 0 && (islamicState || groupInNames[s.word(k)] && s.toks[k].upper) && j+1 < len(s.toks) && s.toks[j].join &&
		(armedGroupNouns[s.word(j+1)] || groupDeeds[s.word(j+1)]) && !s.toks[j+1].upper {
		// a branch named after its country, as its members or its claims show: "Islamic
		// State in Somalia fighters", "al-Qaeda in Yemen claimed the attack" (but "the Islamic
		// State in Iraq is weakened" names Iraq)
		return true
	}
	if !islamicState {
		return false
	}
	if in && greater {
		return true // "the Islamic State in the Greater Sahara"
	}
	for t := j; t < len(s.toks) && t <= j+3 && s.toks[t].upper; t++ {
		if s.word(t) == "province" {
			return true
		}
	}
	return false
}

// groupInNames are the last words of armed groups' names that take "in" and a country for a
// branch ("ISIS in Somalia", "al-Qaeda in Yemen"); groupDeeds what such a branch does in
// briefings ("claimed", "leader").
var groupInNames = wordSet(`isis isil daesh qaeda qaida`)
var groupDeeds = wordSet(`claimed claims claim leader leaders commander commanders members member operatives
militants cells cell affiliate`)

// namesArea reports whether the one word w names a country or a region of many countries (a
// continent: "Europe"), as the areas of commands do.
func (m *Matcher) namesArea(w string) bool {
	o := m.trie.find(w)
	if o < 0 {
		return false
	}
	for _, c := range m.outs[o].cands {
		if e := m.ent(c.e); e.Kind == gazetteer.Country || e.Kind == gazetteer.Feature && e.Country == "" {
			return true
		}
	}
	return false
}

// ordinalBefore reports whether s ends with an ordinal in digits and a space: "3rd ", "1st ".
func ordinalBefore(s string) bool {
	s = strings.TrimRight(s, " ")
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		if t, ok := strings.CutSuffix(s, suf); ok && t != "" && t[len(t)-1] >= '0' && t[len(t)-1] <= '9' {
			return true
		}
	}
	return false
}

// formationNumberBefore reports whether s ends in an ordinal or, as British formations are
// numbered, a number of up to three digits: "3rd", "1 (UK) Armoured Division".
func formationNumberBefore(s string) bool {
	if ordinalBefore(s) {
		return true
	}
	s = strings.TrimRight(s, " ")
	k := len(s)
	for k > 0 && s[k-1] >= '0' && s[k-1] <= '9' {
		k--
	}
	return k < len(s) && len(s)-k <= 3 && (k == 0 || s[k-1] == ' ')
}

// formationAfterParen reports whether rest begins with a closing parenthesis and a formation's
// kind, a capitalised word perhaps before it: ") Division", ") Brigade", ") Armoured Division".
func formationAfterParen(rest string) bool {
	rest, ok := strings.CutPrefix(rest, ")")
	if !ok {
		return false
	}
	rest = strings.TrimLeft(rest, " ")
	// a word of the formation's arm may come first: ") Armoured Division", ") Mechanized Brigade"
	for range 2 {
		for _, w := range []string{"Division", "Brigade", "Corps", "Regiment", "Battalion", "Army", "Squadron", "Wing", "Fleet", "Group", "Task Force"} {
			if strings.HasPrefix(rest, w) {
				return true
			}
		}
		k := strings.IndexByte(rest, ' ')
		if k <= 0 || rest[0] < 'A' || rest[0] > 'Z' {
			return false
		}
		rest = rest[k+1:]
	}
	return false
}

// afterDesignation reports whether token i follows, joined by a space, a model's designation
// or an acronym in capitals ("M-SHORAD Stryker", "M2A3 Bradley").
func (s *scanner) afterDesignation(i int) bool {
	if i == 0 || !s.toks[i-1].join || !s.toks[i-1].upper || s.seg[s.toks[i-1].end:s.toks[i].start] != " " {
		return false
	}
	w := s.seg[s.toks[i-1].start:s.toks[i-1].end]
	if len(w) < 3 && !strings.ContainsAny(w, "0123456789") {
		return false
	}
	for k := 0; k < len(w); k++ {
		if c := w[k]; !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}

// afterThe reports whether token i follows a "the" in the same run of words.
func (s *scanner) afterThe(i int) bool {
	return i > 0 && s.toks[i-1].join && s.word(i-1) == "the"
}

// andRankAfter reports whether the name ending at byte end is followed by "and", a rank and a
// capitalised name: "Austin and Gen. Kurilla", "Hegseth and Adm. Paparo".
func (s *scanner) andRankAfter(end int) bool {
	rest := s.seg[end:]
	if !strings.HasPrefix(rest, " and ") {
		return false
	}
	rest = rest[len(" and "):]
	k := 0
	for k < len(rest) && (rest[k] >= 'a' && rest[k] <= 'z' || rest[k] >= 'A' && rest[k] <= 'Z') {
		k++
	}
	if k == 0 || rest[0] < 'A' || rest[0] > 'Z' || !ranks[strings.ToLower(rest[:k])] {
		return false
	}
	rest = strings.TrimPrefix(rest[k:], ".")
	return len(rest) > 1 && rest[0] == ' ' && rest[1] >= 'A' && rest[1] <= 'Z'
}

// administrationAhead reports whether the text after a name, from end, is "administration(s)"
// in lower case, maybe after "and", another capitalised name and, for a pair, "Jr." or the
// like: a president's administration ("the Obama administration", "the Clinton and Bush
// administrations").
func administrationAhead(rest string) bool {
	if r, ok := strings.CutPrefix(rest, " and "); ok && len(r) > 0 && r[0] >= 'A' && r[0] <= 'Z' {
		k := 0
		for k < len(r) && r[k] != ' ' && r[k] != ',' {
			k++
		}
		rest = r[k:]
		if r, ok := strings.CutPrefix(rest, " Jr."); ok {
			rest = r
		} else if r, ok := strings.CutPrefix(rest, " Jr"); ok {
			rest = r
		}
		return strings.HasPrefix(rest, " administrations")
	}
	return strings.HasPrefix(rest, " administration")
}

// reporterID reports whether rest, the text after a name that opens a sentence of a reporter's
// turn, ends a short sentence of capitalised words that names a reporter and an outlet: ",
// Washington Post.", " Kaloudis, Kathimerini.", " Hayom." (at most five words, each capitalised,
// perhaps joined by a comma, a hyphen or "&").
func reporterID(rest string) bool {
	end := strings.IndexAny(rest, ".?!\n")
	if end < 0 {
		end = len(rest)
	}
	sent := rest[:end]
	words := strings.FieldsFunc(sent, func(r rune) bool { return r == ' ' || r == ',' })
	if len(words) == 0 || len(words) > 5 {
		return false
	}
	for _, w := range words {
		if w != "&" && !(w[0] >= 'A' && w[0] <= 'Z') {
			return false
		}
	}
	return true
}

// firmOfPlace reports whether the name of tokens i..j follows a firm's name and its word of
// incorporation with "of", and is followed by a comma and a capitalised region or by the
// sentence's end: the town the firm is in, as contracts and arms-sale notices write it
// ("Raytheon Company of Tucson, Arizona", "Lockheed Martin Corp. of Bethesda, Maryland"); not
// "the Bank of America" nor "the Group of Seven".
func (s *scanner) firmOfPlace(i, j int) bool {
	if i < 3 || !incorporationWords[s.word(i-2)] || !s.toks[i-3].upper || !s.toks[i-3].join {
		return false
	}
	return s.regionAfterComma(j)
}

// speciesAfter reports whether, after the name ending at token j and perhaps a possessive's
// "'s", one to three words in lower case end in a species' noun (see speciesNouns).
func (s *scanner) speciesAfter(j int) bool {
	for k := j + 1; k < len(s.toks) && k <= j+3; k++ {
		if s.toks[k].upper || !s.toks[k-1].join && !(k == j+1 && s.toks[j].poss) {
			return false
		}
		if gap := s.seg[s.toks[k-1].end:s.toks[k].start]; gap != " " && gap != "-" && !(k == j+1 && s.toks[j].poss) {
			return false
		}
		if speciesNouns[s.word(k)] {
			return true
		}
	}
	return false
}

// enDashed reports whether an en or em dash with no spaces joins token j to the next, as
// pairs of partners are written ("the Texas–Czech Republic partnership"), where a hyphen joins
// the words of one name.
func (s *scanner) enDashed(j int) bool {
	if j+1 >= len(s.toks) {
		return false
	}
	gap := s.seg[s.toks[j].end:s.toks[j+1].start]
	return gap == "–" || gap == "—"
}

// afterTheAdjective reports whether token i follows "the" and one word in lower case, joined
// by spaces: "the latest Bradley".
func (s *scanner) afterTheAdjective(i int) bool {
	return i >= 2 && s.toks[i-1].join && s.toks[i-2].join && !s.toks[i-1].upper && s.word(i-2) == "the" && !stopWords[s.word(i-1)]
}

// designationToken reports whether w is a model's designation: capitals and digits, with a
// digit and a hyphen or a capital before the digits ("V-280", "M10", "F-35A").
func designationToken(w string) bool {
	if len(w) < 2 || !(w[0] >= 'A' && w[0] <= 'Z') || !strings.ContainsAny(w, "0123456789") {
		return false
	}
	for k := 0; k < len(w); k++ {
		if c := w[k]; !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}

// runAt returns the run of text at k up to a space or a punctuation mark other than a hyphen:
// "V-280" of "V-280 Valor".
func runAt(seg string, k int) string {
	e := k
	for e < len(seg) && (seg[e] >= 'A' && seg[e] <= 'Z' || seg[e] >= 'a' && seg[e] <= 'z' || seg[e] >= '0' && seg[e] <= '9' || seg[e] == '-') {
		e++
	}
	return seg[k:e]
}

// roadNumber reports whether w is a British or European road's number ("A429", "M4", "E40"),
// which a town's name follows as a junction's.
func roadNumber(w string) bool {
	if len(w) < 2 || w[0] != 'A' && w[0] != 'M' && w[0] != 'B' && w[0] != 'E' {
		return false
	}
	for k := 1; k < len(w); k++ {
		if w[k] < '0' || w[k] > '9' {
			return false
		}
	}
	return true
}

// makerModelAt reports whether a model's designation and a capitalised name start at k:
// "V-280 Valor", "M-346 Master".
func (s *scanner) makerModelAt(k int) bool {
	d := runAt(s.seg, k)
	if !designationToken(d) {
		return false
	}
	e := k + len(d)
	return e+1 < len(s.seg) && s.seg[e] == ' ' && s.seg[e+1] >= 'A' && s.seg[e+1] <= 'Z'
}

// taskForceBefore reports whether before ends in a task force's or a joint command's acronym
// and a hyphen or a space: "JTF-", "CJTF ", "SPMAGTF-", "JFC-".
func taskForceBefore(before string) bool {
	if before == "" || before[len(before)-1] != '-' && before[len(before)-1] != ' ' {
		return false
	}
	before = before[:len(before)-1]
	k := len(before)
	for k > 0 && before[k-1] >= 'A' && before[k-1] <= 'Z' {
		k--
	}
	return (k == 0 || before[k-1] == ' ' || before[k-1] == '(') && taskForceAcronyms[before[k:]]
}

// taskForceAcronyms: see taskForceBefore.
var taskForceAcronyms = map[string]bool{"JTF": true, "CJTF": true, "JFC": true, "SPMAGTF": true, "MAGTF": true,
	"JSOTF": true, "CJSOTF": true, "JIATF": true, "CTF": true, "JTFB": true}

// ordinalFormationAhead reports whether rest opens with a space, an ordinal in digits ("3rd",
// "25th", "3d") and a capitalised word: a formation's number and name ("U.S. 3rd Fleet").
func ordinalFormationAhead(rest string) bool {
	rest, ok := strings.CutPrefix(rest, " ")
	if !ok {
		return false
	}
	k := 0
	for k < len(rest) && rest[k] >= '0' && rest[k] <= '9' {
		k++
	}
	if k == 0 || k > 3 {
		return false
	}
	for _, suf := range []string{"st ", "nd ", "rd ", "th ", "d "} {
		if t, ok := strings.CutPrefix(rest[k:], suf); ok {
			return t != "" && t[0] >= 'A' && t[0] <= 'Z'
		}
	}
	return false
}

// placeNameHeads open names of places of two words or more ("Fort Worth", "St. Paul", "San
// Antonio"): after a place's name and a hyphen, they open the pair's second place.
var placeNameHeads = wordSet(`fort st saint san santa port mount new el la los las lake camp cape`)

// federalOfficeAhead reports whether rest opens with a federal court's name: " District
// Court", " Bankruptcy Court", " Court of Appeals" (a title keeps the country, as "U.S.
// Ambassador" does: "U.S. District Judge", "U.S. Attorney").
func federalOfficeAhead(rest string) bool {
	for _, t := range [...]string{" District Court", " Bankruptcy Court", " Court of"} {
		if strings.HasPrefix(rest, t) {
			return true
		}
	}
	return false
}
