package figure

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// unitMatch is a unit found after a number.
type unitMatch struct {
	info  unitInfo
	end   int
	scale float64 // the amount of the unit one written unit is ("fortnight": 2 weeks); 0 for 1
}

// isUnitRune reports whether r can be part of a unit symbol.
func isUnitRune(r rune) bool {
	if r < utf8.RuneSelf {
		return isLetter(byte(r)) || r == '%'
	}
	switch r {
	case 'µ', 'μ', 'Å', 'Ω', '°', 'º', '‰', '⊕', '⊙', '☉', '℃', '℉', '²', '³':
		return true
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Sc, r)
}

// symbolRun returns the end of the run of unit runes at i.
func symbolRun(text string, i int) int {
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			if !isLetter(c) && c != '%' && c != '$' {
				return i
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if !isUnitRune(r) {
			return i
		}
		i += n
	}
	return i
}

// matchUnit finds the unit after a number ending at p. It allows no space, one space, or a
// hyphen ("776-foot") between them.
// yardCraftAfter reports whether a noun of the craft of a naval yard follows e after a space
// ("yard tugs", "yard patrol craft", "yard oilers").
func yardCraftAfter(text string, e int) bool {
	k := skipSpace1(text, e)
	if k != e+1 {
		return false
	}
	switch strings.ToLower(text[k:wordEnd(text, k)]) {
	case "tug", "tugs", "patrol", "oiler", "oilers", "craft", "boat", "boats", "tugboat", "tugboats":
		return true
	}
	return false
}

func matchUnit(text string, p int) (unitMatch, bool) {
	q := p
	spaced := false
	if q < len(text) && text[q] == '-' && q+1 < len(text) && text[q+1] != ' ' {
		q++
	} else if s := skipSpace1(text, q); s > q {
		q, spaced = s, true
	}
	if q >= len(text) {
		return unitMatch{}, false
	}
	if w := text[q:wordEnd(text, q)]; w == "Kilo" || w == "Kilos" {
		return unitMatch{}, false // a submarine's class: "Three Kilo-class submarines", "its three Kilos"
	}
	if isUpper(text[q]) && q+1 < len(text) && (text[q+1] >= 'a' || hyphenModel(text, q)) && designationEnd(text, q) > q {
		// "two Mi-24 helicopters", "four Su-27s": a model, not miles; "two MV-22 Ospreys",
		// "three MW-50 generators": not megavolts nor megawatts
		return unitMatch{}, false
	}
	if spaced && letterDigitModel(text, q) {
		return unitMatch{}, false // "366 K2 tanks", "48 K9 howitzers": a model, not square kelvin
	}
	wm, wok := matchWordUnit(text, q)
	sm, sok := matchSymbolUnit(text, q, spaced)
	// a unit that begins a compound after a space is no unit: "240 night-vision goggles" (but
	// "a 5 mile-long convoy")
	if wok && spaced && compoundAfter(text, wm.end) {
		wok = false
	}
	if sok && spaced && sm.end-q > 3 && compoundAfter(text, sm.end) {
		sok = false // a symbol written as a word ("night"), not "3.2 AU-Ida"
	}
	if sok && spaced && sm.end-q == 1 && isUpper(text[q]) && sm.end+1 < len(text) && text[sm.end] == '-' && isLetter(text[sm.end+1]) {
		sok = false // a hull's type after a space: "one T-AGOS ocean surveillance ship", "50 T-shirts"
	}
	if spaced && len(text)-q > len("yard ") && eqFold(text[q:q+len("yard ")], "yard ") && yardCraftAfter(text, q+len("yard")) {
		wok, sok = false, false // a yard's craft: "two yard tugs", "four yard patrol craft"
	}
	switch {
	case wok && sok:
		if wm.end > sm.end || wm.end == sm.end && wm.scale != 0 {
			return wm, true
		}
		return sm, true
	case wok:
		return wm, true
	case sok:
		return sm, true
	}
	return unitMatch{}, false
}

// compoundAfter reports whether a hyphen and a word that is no adjective of measure
// (hyphenAdjectives: "long", "wide"; measureCompounds: "calibre") follow e: the word before begins a compound.
func compoundAfter(text string, e int) bool {
	if e+1 >= len(text) || text[e] != '-' || !isLower(text[e+1]) {
		return false
	}
	w := strings.ToLower(text[e+1 : wordEnd(text, e+1)])
	return !hyphenAdjectives[w] && !measureCompounds[w]
}

// measureCompounds follow a unit and a hyphen as what the unit measures: "a 9 mm-calibre pistol".
var measureCompounds = fieldSet(`caliber calibre gauge radius diameter range class thick thin`)

// unitAt reports whether a unit symbol or word starts at q.
func unitAt(text string, q int) bool {
	_, ok := matchUnit(text, q)
	return ok
}

// matchWordUnit matches the longest unit phrase of up to four words at q, case-insensitively.
func matchWordUnit(text string, q int) (unitMatch, bool) {
	if !wordUnitFirst.mayStartAt(text, q, 63) || !mayStartWordUnit(text[q:wordEnd(text, q)]) {
		return unitMatch{}, false
	}
	var kb [64]byte
	key := kb[:0]
	var ends [4]int
	var keyLens [4]int
	nw := 0
	// the key is the lower-cased words joined by their separators (at most 4 words, 64 bytes)
	p := q
	for nw < 4 {
		e := wordEnd(text, p)
		if e == p+1 && isUpper(text[p]) {
			e = dottedAcronymEnd(text, p) // "U.S. dollars"
		}
		if e == p || len(key)+e-p+2 > len(kb) {
			break
		}
		for k := p; k < e; k++ {
			c := text[k]
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			key = append(key, c)
		}
		end := e
		// an abbreviation's dot inside a phrase: "sq. km"
		if e+2 < len(text) && text[e] == '.' && text[e+1] == ' ' && isLetter(text[e+2]) {
			key = append(key, '.')
			end = e + 1
		}
		ends[nw], keyLens[nw] = end, len(key)
		nw++
		if end < len(text) && (text[end] == ' ' || text[end] == '-') && end+1 < len(text) && isLetter(text[end+1]) {
			key = append(key, text[end])
			p = end + 1
			continue
		}
		break
	}
	for k := nw - 1; k >= 0; k-- {
		// a compound adjective joins a unit's words by hyphens: "a 5,000-square-foot hangar"
		if l := keyLens[k]; k > 0 && bytes.IndexByte(key[:l], '-') >= 0 {
			var sb [64]byte
			sp := append(sb[:0], key[:l]...)
			for i, c := range sp {
				if c == '-' {
					sp[i] = ' '
				}
			}
			if info, ok := wordUnitInfo[string(sp)]; ok {
				return unitMatch{info: info, end: ends[k], scale: wordScale[string(sp)]}, true
			}
		}
		if l := keyLens[k]; !wordUnitWhole.mayHaveBytes(key[:l]) && (key[l-1] != '.' || !wordUnitWhole.mayHaveBytes(key[:l-1])) {
			continue // neither lookup below can succeed
		}
		if info, ok := wordUnitInfo[string(key[:keyLens[k]])]; ok {
			if info.kind == Speed && articleRate(key[:keyLens[k]]) && timeWordAt(text, ends[k]) {
				continue // "5 miles an hour ago": a distance, then a time
			}
			e := ends[k]
			if text[e-1] == '.' {
				e-- // the dot belongs to the phrase only mid-phrase
			}
			return unitMatch{info: info, end: e, scale: wordScale[string(key[:keyLens[k]])]}, true
		}
		// a dotted word at the end: "sq. km" with its final word matched above; "sq km." drops the dot
		if l := keyLens[k]; l > 0 && key[l-1] == '.' {
			if info, ok := wordUnitInfo[string(key[:l-1])]; ok {
				return unitMatch{info: info, end: ends[k] - 1}, true
			}
		}
	}
	return unitMatch{}, false
}

// articleRate reports whether a speed's unit phrase has "an" or "a" for "per": "miles an hour".
func articleRate(key []byte) bool {
	return bytes.Contains(key, []byte(" an ")) || bytes.Contains(key, []byte(" a "))
}

// timeWordAt reports whether the word after e places a time rather than ending a rate: "ago",
// "earlier", "later", "before", "after" ("an hour ago"), but not a preposition before its
// object.
func timeWordAt(text string, e int) bool {
	w, s, we := wordAt(text, e)
	if s == e {
		return false
	}
	switch strings.ToLower(w) {
	case "ago", "earlier", "later", "back":
		return true
	case "before", "after", "since":
		// a preposition with its object or a conjunction with its clause dates the rate:
		// "14,400 rounds a month before the war", "$1.7 million a month after 2022", "1,100
		// people a day before they were flown out", "470 patrols a week before noon" (but "a
		// month before," is a time)
		o, os, _ := wordAt(text, we)
		return os != we+1 || o == "" && !isDigit(text[os])
	}
	return false
}

// mayStartWordUnit reports whether the word w (a run of letters) may begin a phrase of
// wordUnits: false when it is empty, or when no phrase begins with a word of its first two
// letters and length.
func mayStartWordUnit(w string) bool {
	return len(w) > 0 && wordUnitFirst.mayHave(w)
}

// spacedOK lists the one-letter symbols accepted after a space ("5 m", "20 K"); others must
// touch the number ("5t" is fine, "5 t" is not).
var spacedOK = map[string]bool{"m": true, "s": true, "g": true, "h": true, "K": true, "V": true, "W": true,
	"N": true, "J": true, "L": true, "l": true, "M": true, "T": true, "°": true, "%": true, "$": true, "C": true, "F": true, "d": true}

// atom matches one unit symbol at q (exact case, then lower-case word forms), ending at a
// symbol boundary.
func atom(text string, q int) (unitInfo, int, bool) {
	r := symbolRun(text, q)
	if r == q {
		return unitInfo{}, q, false
	}
	s := text[q:r]
	// a run can end in "%" inside ("wt%") or carry a degree sign: "°C"
	if symbolFilter.mayHave(s) {
		if u, ok := symbolUnits[s]; ok {
			return u, r, true
		}
	}
	if strings.HasPrefix(s, "°") || strings.HasPrefix(s, "º") {
		// "° C" with a space
		d := len("°")
		if len(s) == d {
			k := skipSpace1(text, r)
			if k > r && k < len(text) && (text[k] == 'C' || text[k] == 'F') && (k+1 == len(text) || !isLetter(text[k+1])) {
				if text[k] == 'C' {
					return canon["degC"], k + 1, true
				}
				return canon["degF"], k + 1, true
			}
		}
	}
	if r-q <= 12 && r-q > 1 && wordUnitWhole.mayHave(s) {
		var b [16]byte
		lw := lowerASCII(b[:0], s)
		if info, ok := wordUnitInfo[string(lw)]; ok && len(s) > 1 {
			return info, r, true
		}
	}
	return unitInfo{}, q, false
}

// exponent reads a unit exponent at q: "2", "^2", "^-1", "-1", "−3", "²", "⁻¹".
func exponent(text string, q int) (int, int) {
	j := q
	if j < len(text) && text[j] == '^' {
		j++
	}
	neg := false
	switch {
	case strings.HasPrefix(text[j:], "-"):
		neg = true
		j++
	case strings.HasPrefix(text[j:], "−"), strings.HasPrefix(text[j:], "⁻"):
		neg = true
		j += 3
	}
	if j == q && j+1 < len(text) && text[j] == ' ' && strings.HasPrefix(text[j+1:], "−") {
		neg = true
		j += 1 + len("−") // "m s −1"
	}
	e, k := 0, j
	for k < len(text) && k-j < 3 {
		if isDigit(text[k]) {
			e = e*10 + int(text[k]-'0')
			k++
			continue
		}
		if d := superDigit(text[k:]); d >= 0 {
			e = e*10 + d
			k += len(superDigits[d])
			continue
		}
		break
	}
	if k == j || e == 0 || e > 4 {
		return 0, q
	}
	if k < len(text) && (isDigit(text[k]) || isLetter(text[k])) {
		return 0, q
	}
	if !neg && j > q && text[q] != '^' {
		return 0, q
	}
	if neg {
		e = -e
	}
	return e, k
}

// touchingDegrees reports whether a C or F at q, touching the number before it, is a
// temperature's scale: the number has at most three digits before any decimal point, the word
// before it is not capitalised (not "Boeing 777F"), and the letter ends a clause: a comma,
// semicolon, closing bracket or full stop follows, or nothing ("hit 40C, or 104F."; not "13F
// soldiers", "C.P.I.").
func touchingDegrees(text string, q int) bool {
	e := q + 1
	k := q
	for k > 0 && (isDigit(text[k-1]) || text[k-1] == '.') {
		k--
	}
	switch {
	case e == len(text), text[e] == ',', text[e] == ';', text[e] == ')':
	case text[e] == '.' && (e+1 == len(text) || text[e+1] == ' ' || text[e+1] == '\n'):
	case text[e] == ' ' && (signedAt(text, k) || temperatureClause(text, k)):
		// "fell to -30C overnight", "temperatures of 45C in the shade"
	default:
		return false
	}
	if k == q || !isDigit(text[k]) || q-k > 5 || strings.IndexByte(text[k:q], '.') < 0 && q-k > 3 {
		return false
	}
	if k > 0 && (isLetter(text[k-1]) || text[k-1] == '-' && k > 1 && isLetter(text[k-2])) {
		return false // "B52F", "MQ-9C"
	}
	prev := strings.TrimRight(text[:k], " ,–-")
	for _, sep := range [...]string{" and", " or", " to"} {
		prev = strings.TrimRight(strings.TrimSuffix(prev, sep), " ,")
	}
	if len(prev) > 1 && isUpper(prev[len(prev)-1]) && strings.HasSuffix(prev[:len(prev)-1], text[k:q]) {
		return false // "Figures 3A and 3C", "1A–1F": a figure's panels, the same number
	}
	w, _ := wordBefore(text, k, false)
	return w == "" || !isUpper(w[0])
}

// signedAt reports whether a minus sign, alone after a space, a bracket or the start, comes
// just before the number at k: "-30C", "(−5F)"; not "10-30C", "MQ-9C".
func signedAt(text string, k int) bool {
	j := k
	switch {
	case j >= 1 && text[j-1] == '-':
		j--
	case j >= 3 && text[j-3:j] == "\u2212":
		j -= 3
	default:
		return false
	}
	return j == 0 || text[j-1] == ' ' || text[j-1] == '('
}

// temperatureClause reports whether the clause before k speaks of the weather's heat or cold,
// so that a number touching C or F there is a temperature: "temperatures of 45C in the shade".
func temperatureClause(text string, k int) bool {
	start, _ := sentenceAround(text, k)
	start = max(start, strings.LastIndexAny(text[:k], ",;:")+1, k-120)
	var b [128]byte
	clause := lowerASCII(b[:0], text[start:k])
	for _, w := range [...]string{"temperature", "heat", "wind chill", "thermometer", "mercury", "freezing", "frost"} {
		if bytes.Contains(clause, []byte(w)) {
			return true
		}
	}
	return false
}

// matchSymbolUnit matches a unit symbol or a compound of symbols: "km", "km²", "m/s",
// "m.s^-1", "kJ mol-1", "g cm−3".
func matchSymbolUnit(text string, q int, spaced bool) (unitMatch, bool) {
	u, e, ok := atom(text, q)
	if !ok {
		return unitMatch{}, false
	}
	if e < len(text) && isDigit(text[e]) {
		if x, _ := exponent(text, e); x == 0 {
			return unitMatch{}, false // "3C274": an identifier
		}
	}
	if apostropheLetter(text, e) {
		return unitMatch{}, false // "three Da'esh fighters", "two Ma'an depots": a name's letters
	}
	if spaced && e-q == 1 && !spacedOK[text[q:e]] {
		return unitMatch{}, false
	}
	if e-q == 1 && (text[q] == 'C' || text[q] == 'F') {
		if !spaced && !touchingDegrees(text, q) || spaced && e < len(text) && (text[e] == '.' || text[e] == '-' || text[e] == '/') {
			return unitMatch{}, false // "777F", "13F", "C.P.I.", "F-Series", "F/A-18": not a temperature
		}
		if text[q] == 'C' {
			u = canon["degC"]
		} else {
			u = canon["degF"]
		}
	}
	first := u
	exp, e2 := 0, e
	if u.kind != Percent {
		exp, e2 = exponent(text, e) // a percentage takes no power: "3%-4%" is a range
	}
	parts := 1
	if exp != 0 && e-q == 1 && isUpper(text[q]) && e2+1 < len(text) && text[e2] == ' ' && isUpper(text[e2+1]) {
		return unitMatch{}, false // "31 M1 Abrams tanks", "150 M2 Bradley vehicles": a model's name
	}
	if exp != 0 {
		e = e2
	}
	end := e
	// compound: "/" or "." or "·" followed by an atom, or a space and an atom with a negative power
	for parts < 4 && end < len(text) {
		j := end
		sep := text[j]
		var k int
		switch {
		case sep == '/' || sep == '.':
			k = j + 1
		case strings.HasPrefix(text[j:], "·"):
			k = j + len("·")
		case sep == ' ':
			k = j + 1
		default:
			k = -1
		}
		if k < 0 || k >= len(text) {
			break
		}
		u2, e3, ok := atom(text, k)
		if !ok || (u2.kind == Percent) {
			break
		}
		x, e4 := exponent(text, e3)
		if sep == ' ' && x >= 0 {
			break
		}
		if sep == '.' && !(e3-k <= 4 && x != 0 || e3-k <= 3 && e3 < len(text) && (text[e3] == '/' || text[e3] == '.')) && !(e3-k <= 3 && x == 0 && isCompoundEnd(text, e3)) {
			break
		}
		if x != 0 {
			e3 = e4
		}
		end = e3
		parts++
	}
	if parts == 1 {
		if exp == 0 {
			return unitMatch{info: u, end: end}, true
		}
		if first.kind == Length && (exp == 2 || exp == 3) {
			if c, ok := canon[first.unit+string(rune('0'+exp))]; ok {
				return unitMatch{info: c, end: end}, true
			}
		}
		return unitMatch{info: unitInfo{unit: text[q:end], kind: Other}, end: end}, true
	}
	raw := text[q:end]
	if c, ok := canon[raw]; ok {
		return unitMatch{info: c, end: end}, true
	}
	info := unitInfo{unit: raw, kind: Other}
	if i := strings.IndexByte(raw, '/'); i > 0 && parts == 2 && exp == 0 {
		a, _, _ := atom(raw, 0)
		b, _, _ := atom(raw, i+1)
		if a.kind == Length && b.kind == Duration && a.si > 0 && b.si > 0 {
			info = unitInfo{unit: raw, kind: Speed, si: a.si / b.si, siUnit: "m/s"}
		}
	}
	return unitMatch{info: info, end: end}, true
}

func isCompoundEnd(text string, i int) bool {
	return i == len(text) || text[i] == '/' || text[i] == '^'
}

// rateTimes are the units of time a rate is given per, by the word that names one.
var rateTimes = map[string]string{"second": "second", "minute": "minute", "hour": "hour", "day": "day",
	"week": "week", "month": "month", "year": "year", "annum": "year"}

// speedUnits are the canonical units of speed, by a length's unit and the unit of time of its
// rate: "feet per second" is ft/s.
var speedUnits = map[string]string{"m/second": "m/s", "km/second": "km/s", "ft/second": "ft/s",
	"km/hour": "km/h", "mi/hour": "mph", "nmi/hour": "kn"}

// rateAdverbs are the adverbs that give a rate's unit of time: "600,000 gallons daily".
var rateAdverbs = map[string]string{"hourly": "hour", "daily": "day", "weekly": "week", "monthly": "month",
	"annually": "year", "yearly": "year"}

// rateSIUnits are the SI units of rates, by the SI unit of what flows.
var rateSIUnits = map[string]string{"m3": "m3/s", "kg": "kg/s", "m": "m/s"}

// dataUnits are the units of data, which flow as a rate does: "1.2 terabytes of data a day".
var dataUnits = map[string]bool{"B": true, "kB": true, "MB": true, "GB": true, "TB": true, "PB": true, "EB": true, "bit": true,
	"kbit": true, "Mbit": true, "Gbit": true, "Tbit": true}

// moneyNounRate matches, after a sum ending at pos, what the money is, then "per" or "a" and a
// unit of time: "in" and one to three words in lower case ("$40 million in pay per year",
// "$2,108 in base pay a month") or one or two such words, the last a noun of pay ("$1,500 pay
// per month", "$2,108 base pay per month").
func moneyNounRate(text string, pos int) (string, int, bool) {
	q := pos
	in := strings.HasPrefix(text[pos:], " in ")
	if in {
		q = pos + len(" in")
	}
	for k := 0; k < 3; k++ {
		w, ws, we := wordAt(text, q)
		if ws != q+1 || we == ws || !isLower(text[ws]) || we < len(text) && text[we] != ' ' || numberOrStopWord(w) {
			break
		}
		q = we
		if !in && (k >= 2 || !payNouns[w]) {
			continue
		}
		if d, e, ok := rateAfter(text, q, unitInfo{kind: Count}); ok {
			if _, time := rateTimes[d]; time {
				return d, e, true
			}
		}
	}
	return "", pos, false
}

// payNouns are what a sum paid at a rate is: "$1,500 pay per month".
var payNouns = fieldSet(`pay salary wages allowance allowances bonus bonuses stipend rent compensation benefits`)

// doseUnits are the units of a radiation dose, whose rate is "per" a unit of time.
var doseUnits = fieldSet(`Sv mSv µSv μSv uSv Gy mGy rem mrem`)

// rateAfter matches "per" and a unit of time, or "a" or "an" and one, after a unit of volume,
// mass, length, area ("1.5 hectares a day"), money, percentage, time, data or times, or a counted noun, ending at pos, and returns
// that unit of time: "1,000 liters per day" (day), "48,000 gallons a day", "$1.7 million per
// month", "200 gallons an hour", "3 percent a year", "2% per annum", "470 patrols a day", "10.4
// hours a month", "1.2 terabytes of data a day". Not before a word that places a time: "3 miles
// a day later".
func rateAfter(text string, pos int, u unitInfo) (string, int, bool) {
	switch u.kind {
	case Volume, Mass, Length, Area, Money, Percent, Count, Duration:
	default:
		if !dataUnits[u.unit] && u.unit != "times" && u.siUnit != "J" && !doseUnits[u.unit] { // "six to seven times a year", "3,200 MWh a year", "400 millisieverts per hour"
			return "", pos, false
		}
	}
	if u.kind == Money && pos+1 < len(text) && text[pos] == '/' {
		// "$15.4/hour", "$40/day": a slash and a unit of time
		t, ts, te := wordAt(text, pos+1)
		if ts == pos+1 && !(te < len(text) && (isLetter(text[te]) || text[te] == '-')) {
			var b [8]byte
			if d, ok := rateTimes[string(lowerASCII(b[:0], t))]; ok && t != "annum" {
				return d, te, true
			}
		}
		return "", pos, false
	}
	if pos >= len(text) || text[pos] != ' ' {
		return "", pos, false
	}
	if u.kind != Percent && strings.HasPrefix(text[pos:], " of ") {
		// what flows, in one to three words in lower case: "900,000 pounds of fuel per day",
		// "4,500 metric tons of food a month"
		q := pos + len(" of")
		if e := fuelGrade(text, q+1); e > 0 {
			// "100,000 gallons of JP-5 a day", "of F-76 per month"
			if d, e2, ok := rateAfter(text, e, unitInfo{kind: Count}); ok {
				return d, e2, true
			}
			return "", pos, false
		}
		for k := 0; k < 5; k++ {
			w, ws, we := wordAt(text, q)
			if ce := compoundEnd(text, ws, we); ce > we {
				w, we = text[ws:ce], ce // "1.5 billion rounds of small-arms ammunition a year"
			}
			if k > 0 && k < 4 && (w == "and" || w == "or") && ws == q+1 && we < len(text) && text[we] == ' ' {
				q = we // "several hundred trucks of fuel and food a week"
				continue
			}
			acronym := we-ws >= 2 && allCapitals(w) // "1.5 pounds of PFAS per year"
			if ws != q+1 || we == ws || !isLower(text[ws]) && !acronym || we < len(text) && text[we] != ' ' || numberOrStopWord(w) {
				break
			}
			q = we
			if d, e, ok := rateAfter(text, q, unitInfo{kind: Count}); ok {
				return d, e, true
			}
		}
		return "", pos, false
	}
	if u.kind == Money {
		if d, e, ok := moneyNounRate(text, pos); ok {
			return d, e, true
		}
	}
	w, ws, we := wordAt(text, pos)
	if ws == pos+1 && we-ws >= 5 && we-ws <= 8 {
		if d, ok := rateAdverbs[w]; ok && !lowerWordFollows(text, we) && !(we < len(text) && text[we] == '-') {
			return d, we, true // "600,000 gallons of fuel daily", "2 percent annually"
		}
	}
	if ws != pos+1 || !(w == "per" || w == "a" || w == "an" || w == "each" || w == "every") {
		return "", pos, false
	}
	t, ts, te := wordAt(text, we)
	if u.kind == Money && (w == "a" || w == "an") && ts == we+1 && moneyPerUnits[t] && perItemEnd(text, te) {
		stem, suffix := lemma(t)
		return stem + suffix, te, true // "$30,000 a kilo", "$3.50 a gallon": a price per unit
	}
	if perItemKinds(u.kind) && w == "per" && ts == we+1 && te-ts >= 3 && isLower(text[ts]) && !numberOrStopWord(t) {
		if _, time := rateTimes[t]; !time {
			if u.kind != Money {
				if a, ok := matchUnit(text, we); ok {
					if a.info.kind == Area && perItemEnd(text, a.end) {
						// per a unit of area: "3 mines per square kilometer" (count:mine/km2)
						return a.info.unit, a.end, true
					}
					if u.kind == Mass && a.info.kind == Volume && perItemEnd(text, a.end) {
						// a concentration: "0.0001 milligrams per cubic meter" (mg/m3)
						return a.info.unit, a.end, true
					}
					// per another unit is no item: "37.8 micrograms per gram"
					return "", pos, false
				}
				// per an item and a unit of time: "15 liters of water per person per day"
				// (l/person/day), "two sorties per aircraft a day"
				if d, e, ok := rateAfter(text, te, unitInfo{kind: Money}); ok {
					if _, time := rateTimes[d]; time {
						stem, suffix := lemma(t)
						return stem + suffix + "/" + d, e, true
					}
				}
			}
			if perItemEnd(text, te) {
				// a cost per item: "about $82.5 million per aircraft", "$162 million per
				// missile"; a count or an amount per item: "10 mines per hectare", "15 liters
				// of water per person"
				stem, suffix := lemma(t)
				return stem + suffix, te, true
			}
		}
	}
	if w == "per" && ts == we+1 && te < len(text) && text[te] == ' ' && te-ts >= 4 && isLower(text[ts]) && !numberOrStopWord(t) {
		if _, ok := rateTimes[t]; !ok {
			// a word naming the time counted: "$42,000 per flight hour", "per steaming day"
			// (perNamedTime)
			if t2, ts2, te2 := wordAt(text, te); ts2 == te+1 && te2-ts2 <= 6 {
				if d, ok := rateTimes[t2]; ok && t2 != "annum" && !(te2 < len(text) && (text[te2] == '-' || isLetter(text[te2]))) && !timeWordAt(text, te2) {
					return d, te2, true
				}
			}
		}
	}
	if ts != we+1 || te-ts > 6 {
		return "", pos, false
	}
	var b [8]byte
	d, ok := rateTimes[string(lowerASCII(b[:0], t))]
	if !ok || w != "per" && ((w == "an") != (d == "hour") || t == "annum") || te < len(text) && (text[te] == '-' || isLetter(text[te])) || timeWordAt(text, te) {
		return "", pos, false
	}
	return d, te, true
}

// hyphenModel reports whether the capitals at k are followed by a hyphen and a digit, as a
// model's designation is ("MV-22"), not a unit ("MW-hours" has no digit).
func hyphenModel(text string, k int) bool {
	j := k
	for j < len(text) && isUpper(text[j]) {
		j++
	}
	return j > k && j+1 < len(text) && text[j] == '-' && isDigit(text[j+1])
}

// letterDigitModel reports whether text at q holds a capital letter and one digit, then a space
// and a word in lower case: a model's name ("K2 tanks"), which a unit's symbol with a power
// never is before a noun.
func letterDigitModel(text string, q int) bool {
	return q+4 < len(text) && isUpper(text[q]) && text[q+1] >= '0' && text[q+1] <= '9' &&
		text[q+2] == ' ' && text[q+3] >= 'a' && text[q+3] <= 'z'
}

// fuelGrade returns the end of a fuel's grade at i ("JP-5", "JP-8", "F-76": one to three
// capitals, a hyphen and one to three digits, then a space), or 0.
func fuelGrade(text string, i int) int {
	k := i
	for k < len(text) && k-i < 3 && isUpper(text[k]) {
		k++
	}
	if k == i || k >= len(text) || text[k] != '-' {
		return 0
	}
	k++
	d := k
	for k < len(text) && k-d < 3 && text[k] >= '0' && text[k] <= '9' {
		k++
	}
	if k == d || k >= len(text) || text[k] != ' ' {
		return 0
	}
	return k
}

// perItemKinds are the kinds of figure that may be given per item ("per aircraft", "per
// hectare", "per person"): money, counts, volumes and masses.
func perItemKinds(k Kind) bool {
	return k == Money || k == Count || k == Volume || k == Mass
}

// perItemEnd reports whether the noun of a cost per item ends at e: the text's or a clause's
// end, or a space before a word that is no noun of its own ("per aircraft in 2025", not "per
// flight hour", which names a time).
func perItemEnd(text string, e int) bool {
	if e == len(text) || clauseEnd(text, e) {
		return true
	}
	if text[e] != ' ' {
		return false
	}
	w, ws, _ := wordAt(text, e)
	return ws == e+1 && w != "" && (stopWords[strings.ToLower(w)] || !isLetter(w[0]))
}

// apostropheLetter reports whether an apostrophe and a letter follow e, inside a word
// ("Da'esh", "Kata'ib").
func apostropheLetter(text string, e int) bool {
	switch {
	case strings.HasPrefix(text[e:], "'"):
		e++
	case strings.HasPrefix(text[e:], "’"):
		e += len("’")
	default:
		return false
	}
	return e < len(text) && isLetter(text[e])
}

// moneyPerUnits are the units of goods priced after "a" ("$30,000 a kilo", "$80 a barrel").
var moneyPerUnits = fieldSet(`kilo kilogram gallon liter litre ton tonne barrel ounce`)
