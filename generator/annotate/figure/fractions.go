package figure

import (
	"math"
	"strings"
)

// parseVulgar parses a lone vulgar fraction ("½ mile").
func parseVulgar(text string, i int) (Figure, bool) {
	num, den, e, _ := vulgar(text, i)
	f := Figure{Start: i, End: e, Value: num / den, NumStart: i, NumEnd: e, CoreStart: i, CoreEnd: e}
	if m, ok := matchUnit(text, e); ok {
		f.End, f.CoreEnd = m.end, m.end
		f.Unit, f.Kind = m.info.unit, m.info.kind
		if m.info.si != 0 {
			f.SI, f.SIUnit = f.Value*m.info.si+m.info.offset, m.info.siUnit
		}
	} else {
		f.Kind, f.Unit = Number, "number"
	}
	f.Text = text[f.Start:f.End]
	return f, true
}

// wordStart returns the start of the word ending at e.
func wordStart(text string, e int) int {
	k := e
	for k > 0 && isLetter(text[k-1]) {
		k--
	}
	return k
}

// clockTime reports whether a number before "pm" can be a time of day: a whole hour from 1 to 12
// ("9 pm") or hours and two digits of minutes ("5.30 pm"). "96 pm" and "2.1 pm" are picometres.
func clockTime(n num) bool {
	if n.words || n.grouped || n.exp || n.mult || n.v < 1 || n.v >= 13 {
		return false
	}
	if n.plainInt {
		return true
	}
	return n.decimals == 2 && n.v-float64(int(n.v)) < 0.595
}

// overFraction reads "1 over 3", "one over three" as a fraction when nothing is measured after
// it (not "$2000 over 3 years").
func overFraction(text string, n *num) {
	w, _, we := wordAt(text, n.end)
	if w != "over" || n.v != float64(int(n.v)) || n.v > 20 {
		return
	}
	k := skipSpace1(text, we)
	if k == we || k >= len(text) || !(isDigit(text[k]) || isLetter(text[k])) {
		return
	}
	if isLetter(text[k]) && !isNumberWordStart(text, k, wordEnd(text, k)) {
		return
	}
	d, ok := parseNumber(text, k)
	if !ok || d.v == 0 || d.words != n.words && false || unitAt(text, d.end) {
		return
	}
	if _, ok := countNoun(text, d.end, d.v == 1, false); ok {
		return
	}
	n.v /= d.v
	n.end = d.end
	n.step = 0
	n.plainInt = false
}

// moneyMultiplierAfter reads a multiplier word after a currency written after the number:
// "75 USD million", "3 euros billion" are rare, "75 USD million" is how some reports write it.
func moneyMultiplierAfter(text string, pos int, n *num) int {
	w, _, e := wordAt(text, pos)
	if w == "" || len(w) > 8 {
		return pos
	}
	nw, ok := numberWords[strings.ToLower(w)]
	if !ok || nw.kind != 'm' || w[len(w)-1] == 's' {
		return pos
	}
	n.v = n.scaled(nw.v)
	n.step *= nw.v
	n.mult, n.plainInt = true, false
	return e
}

// millionsCode reads an ISO 4217 code prefixed with M for millions, as in financial tables:
// "120 MEUR", "20 MUSD".
func millionsCode(text string, pos int) (unitMatch, bool) {
	if !(pos < len(text) && text[pos] == 'M' || pos+1 < len(text) && text[pos+1] == 'M') {
		return unitMatch{}, false // no code starts at pos or after one space: the common case
	}
	return millionsCodeAt(text, pos)
}

// millionsCodeAt is millionsCode past its test of the first letter.
func millionsCodeAt(text string, pos int) (unitMatch, bool) {
	w, s, e := wordAt(text, pos)
	if len(w) != 4 || w[0] != 'M' || s > pos+1 || e < len(text) && (isLetter(text[e]) || isDigit(text[e])) {
		return unitMatch{}, false
	}
	code := w[1:]
	for _, c := range currencyCodes {
		if c == code {
			return unitMatch{info: lookupUnit(c), end: e}, true
		}
	}
	return unitMatch{}, false
}

// bracketedUnit reads a unit symbol in brackets right after a number: "20 (kg)", "20 [kg]",
// "20 {kg}", "20 <kg>".
func bracketedUnit(text string, pos int) (unitMatch, bool) {
	if pos+1 >= len(text) || text[pos+1] != '(' && text[pos+1] != '[' && text[pos+1] != '{' && text[pos+1] != '<' {
		return unitMatch{}, false // no bracket after one space: the common case
	}
	return bracketedUnitAt(text, pos)
}

// bracketedUnitAt is bracketedUnit past its test of the bracket.
func bracketedUnitAt(text string, pos int) (unitMatch, bool) {
	q := skipSpace1(text, pos)
	if q != pos+1 || q >= len(text) {
		return unitMatch{}, false
	}
	var closing byte
	switch text[q] {
	case '(':
		closing = ')'
	case '[':
		closing = ']'
	case '{':
		closing = '}'
	case '<':
		closing = '>'
	default:
		return unitMatch{}, false
	}
	m, ok := matchSymbolUnit(text, q+1, false)
	if !ok || m.end >= len(text) || text[m.end] != closing || m.info.kind == Money || m.end-q-1 > 6 || m.end-q-1 < 2 {
		return unitMatch{}, false
	}
	if e := m.end + 1; e < len(text) && (isLetter(text[e]) || isDigit(text[e])) {
		return unitMatch{}, false
	}
	m.end++
	return m, true
}

func isLower(c byte) bool { return c >= 'a' && c <= 'z' }

// hyphenOrdinal reports whether a hyphen and a number with an ordinal's suffix follow at e, as
// a battalion of a regiment is written: "2-506th", "1-75th" (not a range).
func hyphenOrdinal(text string, e int) bool {
	if e+1 >= len(text) || text[e] != '-' || !isDigit(text[e+1]) {
		return false
	}
	j := e + 1
	for j < len(text) && isDigit(text[j]) && j-e <= 4 {
		j++
	}
	if j+2 > len(text) || j+2 < len(text) && (isLetter(text[j+2]) || isDigit(text[j+2])) {
		return false
	}
	switch string([]byte{text[j] | 0x20, text[j+1] | 0x20}) {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

// listFollows reports whether a list separator and another number in digits follow at e, or a
// range's hyphen or dash and a whole number after which no word is counted: "Lots 15-17",
// "lines 2–12" (a stop word or none follows; not "kills 3-5 people", "lists 3-5 IEDs"), or
// "through" and a whole number: "Flights 1 through 4 launched".
func listFollows(text string, e int) bool {
	through := false
	k := strings.IndexAny(text[e:min(e+4, len(text))], "-–")
	if k == 0 {
		k = e + utf8RuneLen(text[e:])
	} else {
		k = -1
		for _, sep := range []string{" through ", " thru "} {
			if strings.HasPrefix(text[e:], sep) && e+len(sep) < len(text) && isDigit(text[e+len(sep)]) {
				k, through = e+len(sep), true // "Flights 1 through 4"
			}
		}
	}
	if k >= 0 {
		j := k
		for j < len(text) && isDigit(text[j]) {
			j++
		}
		if j == k || j-k > 4 || j < len(text) && (isLetter(text[j]) || text[j] == '.' && j+1 < len(text) && isDigit(text[j+1])) {
			return false
		}
		if through {
			return true // a series named inclusively: "Flights 1 through 4 launched"
		}
		var b [16]byte
		w, _, _ := wordAt(text, j)
		return len(w) == 0 || len(w) <= len(b) && stopWords[string(lowerASCII(b[:0], w))]
	}
	for _, sep := range []string{", and ", ", ", " and ", " or "} {
		if strings.HasPrefix(text[e:], sep) {
			k := e + len(sep)
			if k >= len(text) || !isDigit(text[k]) {
				return false
			}
			j := k
			for j < len(text) && (isDigit(text[j]) || text[j] == ',' || text[j] == '.' && j+1 < len(text) && isDigit(text[j+1])) {
				j++
			}
			w, ws, _ := wordAt(text, j)
			_, unit := wordUnits[strings.ToLower(w)]
			return !(ws == j+1 && unit) // "islands 8 and 17 miles off the coast" share a unit
		}
	}
	return false
}

// outOf parses the whole a part is "out of" after it: " out of nine", " out of the 76". The part
// must be no larger than the whole ("12 out of 10" is two numbers).
func outOf(text string, pos int, part num) (num, bool) {
	if k := skipSpace1(text, pos); k >= len(text) || text[k]|0x20 != 'i' && text[k]|0x20 != 'o' && text[k] != '-' {
		return num{}, false // neither "-in-" nor "in" nor "out" follows: the common case
	}
	if strings.HasPrefix(text[pos:], "-in-") && part.v >= 1 && part.v == math.Trunc(part.v) {
		return oneIn(text, pos+len("-in-"), part) // "1-in-3 soldiers", "one-in-five"
	}
	w, _, e := wordAt(text, pos)
	if eqFold(w, "in") && part.v >= 1 && part.v == math.Trunc(part.v) {
		return oneIn(text, e, part) // "one in five", "1 in 4 homes"
	}
	if eqFold(w, "of") {
		// "2 of every 5 units", "two of every five homes": a share
		if ev, _, ee := wordAt(text, e); eqFold(ev, "every") && part.v >= 1 && part.v == math.Trunc(part.v) {
			return oneIn(text, ee, part)
		}
		return num{}, false
	}
	if !eqFold(w, "out") {
		return num{}, false
	}
	if w, _, e = wordAt(text, e); !eqFold(w, "of") {
		return num{}, false
	}
	w, k, e2 := wordAt(text, e)
	if eqFold(w, "the") || eqFold(w, "every") {
		w, k, _ = wordAt(text, e2) // "two out of every three"
	}
	if k >= len(text) || w == "" && !isDigit(text[k]) || w != "" && !isNumberWord(strings.ToLower(w)) {
		return num{}, false
	}
	whole, ok := parseNumber(text, k)
	if !ok || part.v < 0 || whole.v <= 0 || whole.v < part.v {
		return num{}, false
	}
	return whole, true
}

// oneIn reads the whole of a proportion written "N in M" ("one in five", "1 in 4 homes"),
// from e, after "in": a whole number larger than the part, with no unit after it ("3 in 24
// hours" is no proportion) and not a year.
func oneIn(text string, e int, part num) (num, bool) {
	w, k, e2 := wordAt(text, e)
	if eqFold(w, "every") {
		w, k, _ = wordAt(text, e2) // "one in every 50 residents"
	}
	if k >= len(text) || w == "" && !isDigit(text[k]) || w != "" && !isNumberWord(strings.ToLower(w)) {
		return num{}, false
	}
	whole, ok := parseNumber(text, k)
	if !ok || whole.v <= part.v || whole.v != math.Trunc(whole.v) || whole.v > 1000 || whole.mult {
		return num{}, false
	}
	if next, _, _ := wordAt(text, whole.end); next != "" {
		var b [16]byte
		if u, unit := wordUnits[string(appendLower(b[:0], next))]; unit && lookupUnit(u).kind != Money {
			return num{}, false // (but "one in five dollars of the budget" is a share)
		}
	}
	return whole, true
}

// partOf returns the counted noun of the whole that a part is "of" after it: " of the 84
// missiles", " of 12 ships", " of their 40 vehicles". The part must be no larger than the
// whole, and the whole must count a noun.
func partOf(text string, pos int, part num) (nounPhrase, bool) {
	np, ok, _ := partOfAt(text, pos, part, false)
	return np, ok
}

// partOfAt is partOf; with unitOnly set it stops at the whole's number and returns where it
// ends.
func partOfAt(text string, pos int, part num, unitOnly bool) (nounPhrase, bool, int) {
	w, _, e := wordAt(text, pos)
	if !eqFold(w, "of") {
		return nounPhrase{}, false, 0
	}
	w, k, e2 := wordAt(text, e)
	w, k, e2 = skipWholeQualifier(text, w, k, e2) // "175 of about 350 sorties"
	switch strings.ToLower(w) {
	case "the", "its", "their", "these", "those", "our", "his", "her":
		if ow, _, oe := wordAt(text, e2); ow == "own" && w != "the" {
			e2 = oe // "3,000 of their own soldiers" counts soldiers
		}
		w2, k2, e3 := wordAt(text, e2)
		w2, k2, e3 = skipWholeQualifier(text, w2, k2, e3) // "of the roughly 1,990 sorties"
		if wholeLeads[strings.ToLower(w2)] {
			w, k, _ = wordAt(text, e3) // "10 of the first 25 miles"
			break
		} else if rest := text[e3:]; w2 != "" && (strings.HasPrefix(rest, "'s ") || strings.HasPrefix(rest, "’s ") ||
			strings.HasSuffix(w2, "s") && (strings.HasPrefix(rest, "' ") || strings.HasPrefix(rest, "’ "))) {
			// a possessive noun before the whole: "168 of the structure's 350 bays", "12 of the
			// fighters' weapons caches"
			w, k = wordAfterPossessive(text, e3+strings.IndexByte(rest, ' ')) // "12 of the coalition's roughly 90 jets"
			if np, ok, whole := uncountedAfterPossessive(text, w, k, part, unitOnly); whole {
				return np, ok, 0 // ... or a whole not counted: "four of the city's bridges"
			}
			break
		} else if w2 != "" && !isNumberWord(strings.ToLower(w2)) && k2 < len(text) && !isDigit(text[k2]) && part.v >= 2 && part.v == math.Trunc(part.v) {
			// a part of a whole not counted: "38 of the drones" counts drones
			if unitOnly {
				return nounPhrase{}, false, 0
			}
			np, ok := countNoun(text, e2, false, true)
			return np, ok, 0
		}
		w, k = w2, k2 // (after a qualifier: "of the roughly 17,800 casualties")
	default: // a possessive name: "10 of Helmand's 14 district centers"
		for n := 0; n < 2 && w != "" && isUpper(w[0]); n++ {
			if nw, nk, ne := wordAt(text, e2); nk == e2+1 && nw != "" && isUpper(nw[0]) && !strings.HasPrefix(text[e2:], "'s ") && !strings.HasPrefix(text[e2:], "’s ") {
				w, e2 = nw, ne // "two of Omar Salad's lieutenants"
			}
		}
		if w != "" && isUpper(w[0]) {
			if rest := text[e2:]; strings.HasPrefix(rest, "'s ") || strings.HasPrefix(rest, "’s ") {
				w, k = wordAfterPossessive(text, e2+strings.IndexByte(rest, ' ')) // "1,206 of the coalition's roughly 1,990 sorties"
				if np, ok, whole := uncountedAfterPossessive(text, w, k, part, unitOnly); whole {
					return np, ok, 0 // ... or a whole not counted: "two of Aidid's lieutenants"
				}
			}
		}
	}
	if k >= len(text) || w == "" && !isDigit(text[k]) || w != "" && !isNumberWord(strings.ToLower(w)) {
		return nounPhrase{}, false, 0
	}
	whole, ok := parseNumber(text, k)
	if ok && whole.end < len(text) && text[whole.end] == '-' && part.v >= 1 && part.v == math.Trunc(part.v) {
		// a measure joined to the noun is no whole: "two of the 30,000-pound bombs" counts bombs
		if unitOnly {
			return nounPhrase{}, false, 0
		}
		np, ok := countNoun(text, k-1, false, true)
		return np, ok, 0
	}
	if !ok || part.v <= 0 || whole.v <= 0 || whole.v < part.v || part.v != math.Trunc(part.v) {
		return nounPhrase{}, false, 0
	}
	if unitOnly {
		return nounPhrase{}, true, whole.end
	}
	np, ok := countNoun(text, whole.end, whole.v == 1, true)
	return np, ok, 0
}

// wordAfterPossessive returns the word after a possessive at ns and its start, past a
// qualifier of the whole's number (skipWholeQualifier).
func wordAfterPossessive(text string, ns int) (string, int) {
	w, k, e := wordAt(text, ns)
	w, k, _ = skipWholeQualifier(text, w, k, e)
	return w, k
}

// skipWholeQualifier returns the word after w (at k, ending at e) when w is a qualifier of the
// whole's number ("175 of about 350 sorties", "of the roughly 1,990 sorties"), else w itself.
func skipWholeQualifier(text, w string, k, e int) (string, int, int) {
	switch strings.ToLower(w) {
	case "about", "roughly", "nearly", "almost", "approximately", "around", "some":
		if nw, nk, ne := wordAt(text, e); nk < len(text) && (isDigit(text[nk]) || isNumberWord(strings.ToLower(nw))) {
			return nw, nk, ne
		}
	}
	return w, k, e
}

// uncountedAfterPossessive reads the whole after a possessive, the word w at k as
// wordAfterPossessive gives it, when it is a noun in lower case with no number ("the city's
// bridges", "Aidid's lieutenants"), which a whole part counts; whole is false when it is not such
// a noun.
func uncountedAfterPossessive(text, w string, k int, part num, unitOnly bool) (np nounPhrase, ok, whole bool) {
	if w == "" || isNumberWord(strings.ToLower(w)) || k >= len(text) || isDigit(text[k]) || !isLower(w[0]) && !properPlurals[w] || part.v < 2 || part.v != math.Trunc(part.v) {
		return nounPhrase{}, false, false // (a people's plural too: "500 of his state's Guardsmen")
	}
	if unitOnly {
		return nounPhrase{}, false, true
	}
	np, ok = countNoun(text, k-1, false, true) // (from the space before the noun)
	return np, ok, true
}

// wholeLeads are the words that may come between a determiner and the whole a part is of:
// "10 of the first 25 days".
var wholeLeads = map[string]bool{"first": true, "last": true, "past": true, "next": true, "previous": true, "final": true, "remaining": true}

// partOfUnit matches a part of a whole with a unit of measure, "on 10 of the first 25 days", "3
// of the 12 miles", and returns the whole's unit, which the part takes (not a percentage or
// money: "2 of the 5 percent").
func partOfUnit(text string, pos int, part num) (unitMatch, bool) {
	_, ok, e := partOfAt(text, pos, part, true)
	if !ok {
		return unitMatch{}, false
	}
	m, ok := matchUnit(text, e)
	if !ok || m.info.kind == Money || m.info.kind == Percent || m.info.kind == "" {
		return unitMatch{}, false
	}
	return m, true
}
