package figure

import (
	"bytes"
	"math"
	"strings"
)

// ordinalSuffix is the suffix of the ordinal of a whole number: "st" for 1, 21 (not 11), "nd"
// for 2, "rd" for 3, "th" for the rest.
func ordinalSuffix(v float64) string {
	k := int(v) % 100
	switch {
	case k/10 == 1:
		return "th"
	case k%10 == 1:
		return "st"
	case k%10 == 2:
		return "nd"
	case k%10 == 3:
		return "rd"
	}
	return "th"
}

// nauticalWords are words of ships, aircraft and distances at sea or in the air: in a sentence
// with one, "nm" after a number is nautical miles, not nanometres.
var nauticalWords = fieldSet(`ship ships vessel vessels navy naval sea seas ocean sail sailed sailing
	carrier carriers fleet aircraft flew flight flights fly flying miles mile knots coast
	coastline port strait submarine submarines destroyer destroyers frigate frigates warship warships
	missile missiles nautical offshore airspace bomber bombers patrol maritime pacific atlantic gulf
	waters tanker tankers crew pirates piracy`)

// heatIndexBefore reports whether the clause before the number at i speaks of a "heat index" or
// a "wind chill", measures of felt temperature given in degrees Fahrenheit: "the heat index
// reached 104 degrees" (not "the heat index was high, with lows of 20 degrees").
func heatIndexBefore(text string, i int) bool {
	return clauseHas(text, i, "heat index") || clauseHas(text, i, "wind chill")
}

// clauseHas reports whether the clause before i (from the sentence's start or the last comma,
// semicolon or colon) holds phrase, in any case; phrase is at most 16 bytes.
func clauseHas(text string, i int, phrase string) bool {
	start, _ := sentenceAround(text, i)
	start = max(start, strings.LastIndexAny(text[:i], ",;:")+1)
	end := i
	var b [64]byte
	for k := start; k < end; k += len(b) - 16 {
		chunk := lowerASCII(b[:0], text[k:min(end, k+len(b))])
		if bytes.Contains(chunk, []byte(phrase)) {
			return true
		}
	}
	return false
}

// nauticalSentence reports whether the sentence around i has one of the nauticalWords.
func nauticalSentence(text string, i int) bool {
	start, end := sentenceAround(text, i)
	var b [16]byte
	for k := start; k < end; {
		if !isLetter(text[k]) {
			k++
			continue
		}
		e := wordEnd(text, k)
		if e == k {
			k++
			continue
		}
		if e-k <= len(b) && nauticalWords[string(lowerASCII(b[:0], text[k:e]))] {
			return true
		}
		k = e
	}
	return false
}

// sentenceAround returns the bounds of the sentence around i: between full stops followed by a
// space, or line ends.
func sentenceAround(text string, i int) (int, int) {
	start := max(strings.LastIndex(text[:i], ". "), strings.LastIndexByte(text[:i], '\n')) + 1
	end := len(text)
	if d := strings.Index(text[i:], ". "); d >= 0 {
		end = i + d
	}
	if d := strings.IndexByte(text[i:end], '\n'); d >= 0 {
		end = i + d
	}
	return start, end
}

// inchesAfterFeet returns the end of "in" read as inches after a whole number below 12 that
// follows a length in feet, "6 ft 2 in tall", "5 feet 11 in." (where "in" ends the clause or comes
// before "tall", "long", "high", "wide" or "deep"), or pos when there is none.
func inchesAfterFeet(text string, start, pos int, n num) int {
	if !n.plainInt || n.v >= 12 || !strings.HasPrefix(text[pos:], " in") {
		return pos
	}
	e := pos + len(" in")
	if e < len(text) && text[e] != ' ' && !clauseEnd(text, e) {
		return pos
	}
	if e < len(text) && text[e] == ' ' {
		switch w, _, _ := wordAt(text, e); w {
		case "tall", "long", "high", "wide", "deep":
		default:
			return pos
		}
	}
	f, fs := wordBefore(text, start, false)
	switch f {
	case "ft", "feet", "foot":
	default:
		return pos
	}
	if fs < 2 || !isDigit(text[skipBackSpace(text, fs)-1]) {
		return pos
	}
	return e
}

// inchesInBrackets returns the end of "in" read as inches when it closes a bracket opened right
// before the number and right after a length: "a 155 mm (6.1 in) shell", "25 cm [10 in]".
func inchesInBrackets(text string, start, pos int) int {
	e := pos + len(" in")
	if start < 2 || e >= len(text) || !strings.HasPrefix(text[pos:], " in") || text[e] != ')' && text[e] != ']' {
		return pos
	}
	open := start - 1
	if !(text[open] == '(' && text[e] == ')' || text[open] == '[' && text[e] == ']') {
		return pos
	}
	_, ws := wordBefore(text, open, false)
	if m, ok := matchUnit(text, ws); !ok || m.info.kind != Length || skipSpace1(text, m.end) != open {
		return pos
	}
	return e
}

// skipBackSpace returns the start of the spaces that end text[:i].
func skipBackSpace(text string, i int) int {
	for i > 0 && text[i-1] == ' ' {
		i--
	}
	return i
}

// designatedTotal reports whether "of" at ps follows a whole number in digits named by a
// designator: the "Page 3" of "Page 3 of 12".
func designatedTotal(text string, ps, last int) bool {
	k := skipBackSpace(text, ps)
	d := k
	for d > last && isDigit(text[d-1]) {
		d--
	}
	if d == k || k == ps {
		return false
	}
	w, ws := wordBefore(text, d, true)
	if ws < last || w == "" {
		return false
	}
	var b [16]byte
	return len(w) <= len(b) && isDesignator(appendLower(b[:0], w))
}

// ageBefore reports whether "age", "ages" or "aged" stands before the number at start (or "age
// of", "age to": "under the age of 18"), or before the numbers of a list it ends ("ages 6 and
// 9", "aged 4, 7 and 12"): the number is an age.
func ageBefore(text string, start int) bool {
	k := start
	const last = 0 // the numbers of the list before are figures of their own
	for step := 0; step < 8; step++ {
		j := k
		for j > last && (text[j-1] == ' ' || step > 0 && text[j-1] == ',') {
			j--
		}
		if j == k || j <= last {
			return false
		}
		t := j
		for t > last && (isLetter(text[t-1]) || isDigit(text[t-1])) {
			t--
		}
		w := text[t:j]
		switch {
		case w == "":
			return false
		case eqFold(w, "age") || eqFold(w, "ages") || eqFold(w, "aged"):
			return true
		case step == 0 && averageAgeBefore(text, t, w):
			return true // "The average age of a new Army recruit is about 21", "the median age rose to 28"
		case step == 0 && (eqFold(w, "of") || eqFold(w, "to")):
			// "under the age of 18", "raised the maximum enlistment age to 42"
			if a, _ := wordBefore(text, t, false); eqFold(a, "age") {
				return true
			}
			return false
		case step == 0 && eqFold(w, "than"):
			// "recruits older than 41", "children younger than 12"
			a, _ := wordBefore(text, t, false)
			return eqFold(a, "older") || eqFold(a, "younger")
		case step > 0 && isDigit(w[0]) && len(w) <= 3:
		case step == 0 && (eqFold(w, "and") || eqFold(w, "or") || eqFold(w, "between")): // "aged between 4 and 70"
		default:
			return false
		}
		if step > 0 && !isDigit(w[0]) {
			return false
		}
		k = t
	}
	return false
}

// tensOrdinal reports whether a number in words ending in a tens word is joined by a hyphen to
// an ordinal word, as one ordinal: "twenty-first", "thirty-third". With "second" it is one only
// after a definite determiner or a possessive ("the twenty-second day", "its fifty-second
// anniversary", "Ukraine's forty-second package"); "a thirty-second delay" and "sixty-second
// intervals" are durations.
func tensOrdinal(text string, n num) bool {
	e := n.end
	if e+1 >= len(text) || text[e] != '-' || !isLetter(text[e+1]) {
		return false
	}
	tens, _ := wordBefore(text, e, false)
	if v, ok := numberWords[strings.ToLower(tens)]; !ok || v.kind != 't' {
		return false
	}
	w := text[e+1 : wordEnd(text, e+1)]
	switch strings.ToLower(w) {
	case "first", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth":
		return true
	case "second":
		p, ps := wordBefore(text, n.start, false)
		switch strings.ToLower(p) {
		case "the", "its", "our", "their", "his", "her", "my", "your", "this", "that", "whose":
			return true
		}
		return p != "" && possessive(text, ps)
	}
	return false
}

// oneUnitOr finds "a" or "an", a unit in the singular and "or" before a number in words from
// two to four at start: "within a week or two", "a mile or three". It returns the unit and
// where "a" starts.
func oneUnitOr(text string, start int, n num) (unitMatch, int, bool) {
	if !n.words || n.v < 2 || n.v > 4 || n.v != math.Trunc(n.v) {
		return unitMatch{}, 0, false
	}
	or, os := wordBefore(text, start, false)
	if !eqFold(or, "or") || os+len(or)+1 != start {
		return unitMatch{}, 0, false
	}
	uw, us := wordBefore(text, os, false)
	a, as := wordBefore(text, us, false)
	if uw == "" || us+len(uw)+1 != os || !eqFold(a, "a") && !eqFold(a, "an") || as+len(a)+1 != us {
		return unitMatch{}, 0, false
	}
	u, ok := matchWordUnit(text, us)
	if !ok || u.end != us+len(uw) || u.info.kind == "" || u.info.kind == Number || u.info.kind == Count || strings.HasSuffix(uw, "s") {
		return unitMatch{}, 0, false
	}
	return u, as, true
}

// headOf finds " head of " and livestock in lower case after a number ending at e, as livestock is
// counted: "7,000 head of cattle", "300 head of sheep". It returns the noun's singular and the
// end of the phrase, or 0.
func headOf(text string, e int) (string, int) {
	const h = " head of "
	if !strings.HasPrefix(text[e:], h) {
		return "", 0
	}
	k := e + len(h)
	w := wordEnd(text, k)
	if w == k || !isLower(text[k]) || w < len(text) && (isDigit(text[w]) || text[w] == '-') {
		return "", 0
	}
	stem, suffix := lemma(text[k:w])
	if !livestock[stem+suffix] {
		return "", 0 // "4 head of state visits"
	}
	return stem + suffix, w
}

// livestock are the animals counted by the head, in the singular.
var livestock = fieldSet(`cattle sheep goat swine livestock horse buffalo camel pig hog bison deer ox
poultry cow steer calf yak donkey mule reindeer`)

// belowZero returns where " below zero" ends after a number or a unit of temperature ending
// at pos ("40 below zero", "30 degrees below zero"), or, when bare is set, where " below"
// ends at the end of a clause that speaks of a temperature, a wind chill or a heat index ("the
// wind chill reached 40 below."); otherwise pos. Not "40 below the surface", "20 below par".
func belowZero(text string, pos int, bare bool) int {
	if !strings.HasPrefix(text[pos:], " below") {
		return pos
	}
	e := pos + len(" below")
	if strings.HasPrefix(text[e:], " zero") && (e+len(" zero") == len(text) || !isLetter(text[e+len(" zero")])) {
		return e + len(" zero")
	}
	if !bare || e < len(text) && !strings.ContainsRune(".,;:)", rune(text[e])) && !placePrepositionAt(text, e) {
		return pos
	}
	start, _ := sentenceAround(text, pos)
	start = max(start, strings.LastIndexAny(text[:pos], ",;:")+1)
	var b [256]byte
	clause := lowerASCII(b[:0], text[max(start, pos-len(b)):pos])
	for _, w := range [...]string{"temperature", "wind chill", "heat index", "thermometer", "mercury", "cold", "winter", "night", "freez", "frost", "snow"} {
		if bytes.Contains(clause, []byte(w)) {
			return e
		}
	}
	// "slept in tents at 40 below", "It was 30 below.": a number after "at" or a verb of being
	k := pos
	for k > 0 && (isDigit(text[k-1]) || text[k-1] == ',' || text[k-1] == '.') {
		k--
	}
	switch w, _ := wordBefore(text, k, false); strings.ToLower(w) {
	case "at", "was", "is", "were", "hit", "reached":
		return e
	}
	return pos
}

// designatorBefore reports whether the word before start makes the number a name's, in the
// singular or the plural ("Hill 881S", "Hills 881S and 861").
func designatorBefore(text string, start int) bool {
	w, _ := wordBefore(text, start, false)
	var b [32]byte
	return len(w) <= len(b) && (isDesignator(appendLower(b[:0], w)) || pluralDesignator(w))
}

// nameOfNumber reports whether the number word n, capitalised, stands in a name after "of"
// and a capitalised word and before another: "Operation Mother of Two Springs".
func nameOfNumber(text string, n num) bool {
	if !isUpper(text[n.start]) {
		return false
	}
	of, os := wordBefore(text, n.start, false)
	if of != "of" {
		return false
	}
	if p, _ := wordBefore(text, os, false); p == "" || !isUpper(p[0]) {
		return false
	}
	w, ws, _ := wordAt(text, n.end)
	return ws == n.end+1 && w != "" && isUpper(w[0])
}

// battalionShorthand reports whether the number n, written "1/7", is a battalion and its
// regiment after "the" and before a verb in the past tense: "the 1/7 held", "the 3/5 seized".
func battalionShorthand(text string, n num, start int) bool {
	t := text[n.start:n.end]
	if len(t) != 3 || t[1] != '/' || !isDigit(t[0]) || !isDigit(t[2]) {
		return false
	}
	if w, _ := wordBefore(text, start, false); !eqFold(w, "the") {
		return false
	}
	v, vs, _ := wordAt(text, n.end)
	return vs == n.end+1 && (pastVerb(v) || v == "was" || v == "were" || v == "had")
}

// averageAgeBefore reports whether the word w, starting at t before a number, is a verb of
// being or "to" or "at" (perhaps after a qualifier) in a clause on an average or median age.
func averageAgeBefore(text string, t int, w string) bool {
	switch strings.ToLower(w) {
	case "about", "nearly", "roughly", "around", "almost", "approximately", "some":
		w, t = wordBefore(text, t, false)
	}
	switch strings.ToLower(w) {
	case "is", "was", "were", "to", "at":
	default:
		return false
	}
	return clauseHas(text, t, "average age") || clauseHas(text, t, "median age") || clauseHas(text, t, "mean age")
}

// gLoadClause reports whether the sentence around i speaks of a load factor, so that "g" after a
// number is standard gravities: "pulled 7.8 g", "a 9-g turn", "the airframe's g limit".
func gLoadClause(text string, i int) bool {
	start, end := sentenceAround(text, i)
	var b [256]byte
	sent := lowerASCII(b[:0], text[max(start, i-120):min(end, i+80)])
	for _, w := range [...]string{"pull", "turn", "load", "g-loc", "maneuver", "manoeuvre", "acceleration", "overstress", "over-g", "pilot", "airframe", "ejection"} {
		if bytes.Contains(sent, []byte(w)) {
			return true
		}
	}
	return false
}

// scaleAfter returns the scale named after degrees below zero that end at e, and its end: "40
// below zero Fahrenheit", "30 degrees below zero Celsius", "20 below zero F".
func scaleAfter(text string, e int) (unitInfo, int, bool) {
	w, ws, we := wordAt(text, e)
	if ws != e+1 || we < len(text) && isLetter(text[we]) {
		return unitInfo{}, e, false
	}
	switch strings.ToLower(w) {
	case "fahrenheit", "f":
		return canon["degF"], we, true
	case "celsius", "c", "centigrade":
		return canon["degC"], we, true
	}
	return unitInfo{}, e, false
}

// placePrepositionAt reports whether a preposition that says where or when follows e after a
// space ("wind chills of 40 below to parts of Montana", "40 below in Fargo"), which a depth's
// "below" is not ("40 below the surface").
func placePrepositionAt(text string, e int) bool {
	w, _, _ := wordAt(text, e)
	switch strings.ToLower(w) {
	case "to", "in", "across", "for", "on", "at", "overnight", "from":
		return true
	}
	return false
}

// dayOfSingular reports whether " of " and a singular noun, or a name, follow a number in
// words ending at e, with a determiner between them or none: the number is then a day of an
// operation, "day forty-one of the operation", "day one of the war" (not "each day two of the
// crews", "day two of them").
func dayOfSingular(text string, e int) bool {
	if !strings.HasPrefix(text[e:], " of ") {
		return false
	}
	w, ws, we := wordAt(text, e+len(" of"))
	switch strings.ToLower(w) {
	case "the", "this", "its", "our", "their", "his", "her":
		w, ws, we = wordAt(text, we)
	case "them", "us", "those", "these", "you", "which", "whom":
		return false
	}
	if w == "" || ws >= len(text) {
		return false
	}
	if isUpper(text[ws]) {
		return true // "day forty of Operation Rough Rider"
	}
	return text[we-1] != 's' && !stopWords[strings.ToLower(w)]
}

// bearings are the words that place a distance from somewhere: "400 nm southwest of Guatemala".
var bearings = fieldSet(`north south east west northeast northwest southeast southwest north-east
	north-west south-east south-west off offshore`)

// bearingAfter reports whether a word that places a distance from somewhere follows e: a
// length in "nm" then is in nautical miles, as no nanometre is measured from a place ("roughly
// 400 nm southwest of Guatemala").
func bearingAfter(text string, e int) bool {
	w, ws, _ := wordAt(text, e)
	if ws != e+1 {
		return false
	}
	var b [16]byte
	return len(w) <= len(b) && bearings[string(lowerASCII(b[:0], w))]
}

// spreadOver reports whether the word before the qualifier "over" at qstart is a participle of
// work spread over a time ("delivered over 36 months", "paid over 10 years"), where "over"
// names the time it takes, not more than it ("lasted over two years" is more than two).
func spreadOver(text string, qstart int) bool {
	w, _ := wordBefore(text, qstart, false)
	if lw := strings.ToLower(w); lw == "spent" || lw == "spend" || lw == "spends" || lw == "spending" {
		return false // the time itself spent: "families spent over three months in hotels"
	}
	return spreadParticiples[strings.ToLower(w)]
}

// overDuring reports whether the "over" at qstart, before a duration, says over what time a
// thing was done rather than "more than": after a plural noun or a mass noun of what was done or
// moved ("71 incursions over 24 hours", "3.4 million pounds of cargo over 16 days"), not after
// a verb or a preposition ("served over 20 years", "for over 16 days").
func overDuring(text string, qstart int) bool {
	w, ws := wordBefore(text, qstart, false)
	if t := strings.TrimRight(text[:qstart], " "); strings.HasSuffix(t, "'s") || strings.HasSuffix(t, "’s") {
		// a place's name with an apostrophe: "toward St. George's over three days"
		if b := strings.TrimSuffix(strings.TrimSuffix(t, "'s"), "’s"); b != "" && isUpper(b[strings.LastIndexByte(b, ' ')+1]) {
			ws = strings.LastIndexByte(b, ' ') + 1
			w = b[ws:]
		}
	}
	if t := strings.TrimRight(text[:qstart], " "); len(t) > 0 {
		if tok := t[strings.LastIndexByte(t, ' ')+1:]; len(tok) > 2 && isUpper(tok[0]) && strings.IndexByte(tok, '-') > 0 && strings.ContainsAny(tok, "0123456789") {
			return true // "converted to the KC-46A over three years": a model, then the time it took
		}
	}
	if w != "" && isUpper(w[0]) {
		// "returned to Georgia over three days": a movement's destination or origin, then
		// the time it took; so with a list of places after a preposition of place or a verb of
		// visiting ("operating from Guam, Tinian, Saipan and Palau over 12 days", "visited Yap
		// and Koror over 19 days")
		p, ps := wordBefore(text, ws, false)
		hyphenAfter := func(p string, ps int) bool { return ps+len(p) < len(text) && text[ps+len(p)] == '-' }
		for n := 0; n < 12 && (p == "and" || p == "the" || p != "" && (isUpper(p[0]) || hyphenAfter(p, ps)) || p == "" && (commaBefore(text, ps) || ps > 0 && text[ps-1] == '-' || nameAbbrevBefore(text, ps))); n++ {
			if p == "" && nameAbbrevBefore(text, ps) {
				ps = strings.LastIndexByte(text[:ps-1], ' ') + 1 // "St. George's": the abbreviation is part of the name
			} else if p == "" {
				if text[ps-1] == '-' {
					ps-- // inside a hyphenated name: "Port-au-Prince"
				} else {
					ps = len(strings.TrimRight(text[:ps], " ")) - 1 // before the comma
				}
			}
			p, ps = wordBefore(text, ps, false)
		}
		// (and after "on" a name of what was spent or fired on: "AUD 2.6 billion on RAMSI
		// over 14 years", "strikes on Mosul over three days")
		return movePrepositions[p] || placePrepositions[p] || visitVerbs[p] || p == "on"
	}
	if w == "" || !isLower(w[0]) {
		return false
	}
	if directionAdverbs[w] {
		return true // "fought their way south over four days": a movement and the time it took
	}
	if w == "part" {
		p, _ := wordBefore(text, ws, false)
		switch p {
		case "took", "take", "takes", "taking", "taken":
			return true // "700 sailors took part over 10 days": the time it took
		}
	}
	if phrasalParticles[w] {
		// "drawn down over three years", "phased out over a decade": the participle before
		// the particle names the work
		p, _ := wordBefore(text, ws, false)
		// (and after a plural object: "flew 5,000 people out over three days")
		return len(p) > 3 && isLower(p[0]) && (strings.HasSuffix(p, "ed") || strings.HasSuffix(p, "wn") || strings.HasSuffix(p, "en")) ||
			p == "people" || p == "personnel" || len(p) > 3 && isLower(p[0]) && p[len(p)-1] == 's' && p[len(p)-2] != 's' && !verbsInS[p]
	}
	if len(w) > 6 && (strings.HasSuffix(w, "tion") || strings.HasSuffix(w, "ment")) {
		return true // "reconstruction over three to four years", "procurement over a decade"
	}
	if overIrregular[w] {
		return true // "dug over two decades", "fought over 77 days", "flown over three weeks"
	}
	if w == "spent" || w == "given" {
		// in the passive, the time the money took to spend: "was to be spent over three
		// years" (but "Many spent over three months in hotels" is more than three)
		p, _ := wordBefore(text, ws, false)
		switch p {
		case "be", "been", "being", "was", "were", "is", "are":
			return true
		}
	}
	if len(w) > 6 && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed")) && !overLasting[w] {
		// "1,000 vehicles participating over six weeks", "Marines participated over 30 days":
		// an action and the time it took ("lasted over five years" is more than five)
		return true
	}
	if p, ps := wordBefore(text, ws, false); !stopWords[w] && !overLasting[w] && !overNotDuring[w] {
		if pp, _ := wordBefore(text, ps, false); p != "" && isLower(p[0]) && !stopWords[p] && (pp == "the" || pp == "a" || pp == "its" || pp == "their") {
			return true // "toward the city center over two days", "cleared the old city over four months"
		}
		switch {
		case p == "the" || p == "a" || p == "an" || p == "its" || p == "their" || p == "his" || p == "her" || p == "this" || p == "that" || p == "each",
			strings.HasSuffix(strings.TrimRight(text[:ws], " "), "'s") || strings.HasSuffix(strings.TrimRight(text[:ws], " "), "’s"):
			return true // "unloaded the ship over 36 hours", "to the city's airport over four days": a thing done to the noun, and the time it took
		}
	}
	return massNouns[w] || len(w) > 3 && w[len(w)-1] == 's' && w[len(w)-2] != 's' && !verbsInS[w] && !overNotDuring[w]
}

// overIrregular are irregular participles of work done, before "over" and the time it took.
var overIrregular = fieldSet(`dug fought flown built made sent brought taught held overrun beaten worn driven taken`)

// movePrepositions place a movement before a name and "over" a duration (see overDuring).
var movePrepositions = fieldSet(`to from into across through throughout toward towards past along around`)

// placePrepositions and visitVerbs come before a list of places that "over" a duration follows
// (see overDuring).
var placePrepositions = fieldSet(`in at around near between`)
var visitVerbs = fieldSet(`visited toured crossed patrolled spanned spanning spans covered covering cleared struck secured seized
retook liberated captured attacked surrounded besieged shelled bombed`)

// directionAdverbs end a movement before "over" a duration (see overDuring).
var directionAdverbs = fieldSet(`south north east west southward northward eastward westward home inland ashore forward`)

// phrasalParticles end a phrasal verb before "over" and a duration (see overDuring).
var phrasalParticles = fieldSet(`down out up off back`)

// overOpening reports whether "Over" at qstart opens a sentence and the duration that ends at
// end is followed by a comma or by the clause's subject ("Over four months, aircraft
// conducted…", "Over 30 days they collected…"): the time in which something was done, not more
// than it ("Over 30 days have passed" keeps "more than").
func overOpening(text string, qstart, end int) bool {
	if !sentenceStart(text, qstart) {
		return false
	}
	if end < len(text) && text[end] == ',' {
		return true
	}
	if h := strings.IndexByte(text[end:], ','); h > 0 && h <= 30 && startsTimePhrase(text[end:end+h]) {
		return true // "Over 11 days in December 1972, Linebacker II sent…"
	}
	w, ws, _ := wordAt(text, end)
	if w == "" || ws != end+1 {
		return false
	}
	return isUpper(w[0]) || subjectWords[strings.ToLower(w)]
}

// startsTimePhrase reports whether g, between a duration and a comma, is a phrase of time or
// place of up to five words: " in December 1972", " in 1972", " last December", " of bombing".
func startsTimePhrase(g string) bool {
	if strings.ContainsAny(g, ".;:!?()") || len(strings.Fields(g)) > 5 {
		return false
	}
	w, _, _ := strings.Cut(strings.TrimLeft(g, " "), " ")
	switch strings.ToLower(w) {
	case "in", "during", "last", "this", "that", "of", "at", "across", "around", "along", "near":
		return true
	}
	return false
}

// overAfterComma reports whether "over" at qstart follows a comma and its duration, ending at
// end, closes the sentence or a clause: "drove from Juba to Bor, about 190 kilometers, over four
// days." is the time the drive took.
func overAfterComma(text string, qstart, end int) bool {
	if !commaBefore(text, qstart) {
		return false
	}
	if end == len(text) || strings.IndexByte(".,;", text[end]) >= 0 {
		return true
	}
	// ... or a short phrase of time closes it: "trained troops at Arta, over two weeks in
	// February."
	if h := strings.IndexAny(text[end:], ".,;"); h > 0 && startsTimePhrase(text[end:end+h]) {
		w, _, _ := wordAt(text, end)
		n, _, _ := wordAt(text, end+len(w)+1)
		return strings.EqualFold(w, "in") && (months[strings.ToLower(n)] || n == "" && end+len(w)+2 < len(text) && isDigit(text[end+len(w)+2])) ||
			strings.EqualFold(w, "last") || strings.EqualFold(w, "this") || strings.EqualFold(w, "during")
	}
	return false
}

// subjectWords begin a clause's subject (see overOpening).
var subjectWords = fieldSet(`they we he she it i you the a an our their its his her this these those coalition troops forces`)

// massNouns are nouns of what is moved or delivered, counted in units of mass or volume.
var massNouns = fieldSet(`cargo aid fuel food water ammunition equipment materiel freight mail rain rainfall snow snowfall precipitation
aircraft retardant foam`)

// overLasting are verbs in -ed or -ing of lasting or waiting, after which "over" before a
// duration is "more than" ("lasted over five years", "served over 20 years").
var overLasting = fieldSet(`lasted lasting served serving waited waiting stayed staying remained remaining
existed existing survived surviving lived living worked working aged took take takes`)

// overNotDuring are words in -s after which "over" before a duration is "more than".
var overNotDuring = fieldSet(`lasts takes spends remains stays waits ages was has is`)

// spreadParticiples: see spreadOver.
var spreadParticiples = fieldSet(`delivered spread paid spent phased fielded built conducted performed
completed procured purchased acquired bought disbursed distributed produced repaid amortized
amortised financed funded installed refurbished overhauled modernized modernised upgraded rebuilt renovated replaced`)

// commaBefore reports whether a comma comes before i, perhaps after spaces.
func commaBefore(text string, i int) bool {
	t := strings.TrimRight(text[:i], " ")
	return len(t) > 0 && t[len(t)-1] == ','
}

// nameAbbrevBefore reports whether a capitalised abbreviation of a name's first word ("St.",
// "Ft.", "Mt.") and a space end right before ps.
func nameAbbrevBefore(text string, ps int) bool {
	for _, a := range [...]string{"St. ", "Ft. ", "Mt. ", "Pt. "} {
		if strings.HasSuffix(text[:ps], a) && (ps == len(a) || text[ps-len(a)-1] == ' ') {
			return true
		}
	}
	return false
}
