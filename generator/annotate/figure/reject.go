package figure

import (
	"strings"
	"unicode/utf8"
)

// coordinateAt reports where the hemisphere's letter is when a number ending at e is a part
// of a latitude or a longitude: followed by degree, minute or second marks, each with the next
// part's digits, and then a hemisphere's letter alone ("52.3676° N", "52°22′N", "33.5°S,",
// "4°54'30\"E", "12°35’N" as the typographer writes it), or 0. bare accepts a number with no
// mark ("76.5 N", "14.5N"), which only a pair makes a position (see coordinatePair).
func coordinateAt(text string, e int, bare bool) int {
	k := e
	if k < len(text) && text[k] == ' ' {
		k++
	}
	marks := 0
	for k < len(text) {
		if c := text[k]; c != "°"[0] && c != "′"[0] && c != '\'' && c != '"' {
			break // no mark starts so ("º" as "°", "″", "’" and "”" as "′")
		}
		m := 0
		for _, s := range [...]string{"°", "º", "′", "″", "’", "”", "'", "\""} {
			if strings.HasPrefix(text[k:], s) {
				m = len(s)
				break
			}
		}
		if m == 0 || marks == 0 && m == 1 && !afterMark(text, numberStart(text, e)) {
			break // a foot's or an inch's mark alone is no position
		}
		k += m
		marks++
		for k < len(text) && (isDigit(text[k]) || text[k] == '.' && k+1 < len(text) && isDigit(text[k+1])) {
			k++
		}
	}
	if marks == 0 && !bare {
		return 0
	}
	if k < len(text) && text[k] == ' ' {
		k++
	}
	if k >= len(text) || !strings.ContainsRune("NSEW", rune(text[k])) || k+1 < len(text) && (isLetter(text[k+1]) || text[k+1] == '-') {
		return 0
	}
	return k
}

// numberStart returns where the digits (and decimal point) that end at e begin.
func numberStart(text string, e int) int {
	for e > 0 && (isDigit(text[e-1]) || text[e-1] == '.') {
		e--
	}
	return e
}

// afterMark reports whether the number at i follows a degree or minute mark: the minutes or
// seconds of an angle ("the 22 of 52°22′").
func afterMark(text string, i int) bool {
	for _, s := range [...]string{"°", "º", "′", "’", "'"} {
		if strings.HasSuffix(text[:i], s) && i > len(s) && isDigit(text[i-len(s)-1]) {
			return true
		}
	}
	return false
}

// coordinatePair reports whether the latitude or longitude of the number at start, whose
// hemisphere's letter is at h, is one of a pair that gives a position: a latitude followed, after
// a comma, a space, "and" or a slash, by a longitude ("52.3676° N, 4.9041° E", "52°22′N
// 4°54′E"), or a longitude after a latitude. A latitude alone is a quantity: "the boundary is
// 40°N".
func coordinatePair(text string, start, h int, bare bool) bool {
	switch text[h] {
	case 'N', 'S':
		k := h + 1
		for k < len(text) && (text[k] == ',' || text[k] == ' ' || text[k] == '/') {
			k++
		}
		if strings.HasPrefix(text[k:], "and ") {
			k += len("and ")
		}
		if k < len(text) && text[k] == '-' {
			k++
		}
		e := k
		for e < len(text) && (isDigit(text[e]) || text[e] == '.') {
			e++
		}
		if e == k {
			return false
		}
		g := coordinateAt(text, e, bare)
		return g > 0 && (text[g] == 'E' || text[g] == 'W')
	default:
		k := start
		if k > 0 && text[k-1] == '-' {
			k--
		}
		if strings.HasSuffix(text[:k], " and ") {
			k -= len(" and")
		}
		for k > 0 && (text[k-1] == ',' || text[k-1] == ' ' || text[k-1] == '/') {
			k--
		}
		return k > 0 && (text[k-1] == 'N' || text[k-1] == 'S') && k > 1 && !isLetter(text[k-2])
	}
}

// dayAndDayMonth reports whether " and " or " or ", a day's number and a month's name follow e:
// the number before is a day of that month too ("24 and 25 June").
func dayAndDayMonth(text string, e int) bool {
	rest := text[e:]
	var ok bool
	if rest, ok = strings.CutPrefix(rest, " and "); !ok {
		if rest, ok = strings.CutPrefix(rest, " or "); !ok {
			return false
		}
	}
	k := 0
	for k < len(rest) && k < 2 && isDigit(rest[k]) {
		k++
	}
	if k == 0 || k >= len(rest) || rest[k] != ' ' {
		return false
	}
	month := rest[k+1 : k+1+wordEnd(rest[k+1:], 0)]
	var b [16]byte
	return len(month) <= len(b) && isMonth(appendLower(b[:0], month))
}

// rejectDigitsContext rejects numbers in digits that are parts of times, dates, ordinals,
// identifiers, phone numbers and list numbering.
func rejectDigitsContext(text string, n num) bool {
	e := n.end
	if n.plainInt && n.intDigits <= 2 && n.v >= 1 && n.v <= 31 && dayAndDayMonth(text, e) {
		return true // "24 and 25 June 2025": the first of two days of a month
	}
	if h := coordinateAt(text, e, false); h > 0 && (coordinatePair(text, n.start, h, false) || afterMark(text, n.start)) {
		return true // "52.3676° N, 4.9041° E", the 22 of "52°22′N": a position, not a quantity
	}
	if n.decimals > 0 {
		if h := coordinateAt(text, e, true); h > 0 && coordinatePair(text, n.start, h, true) {
			return true // "76.5 N, 155.0 W", "14.5N, 42.0E": decimal degrees without their marks
		}
	}
	if n.start >= 2 && text[n.start-1] == ':' && text[n.start-2] == ':' {
		return true // "2001:db8::1": an IPv6 address's last group
	}
	if e < len(text) {
		c := text[e]
		switch {
		case c == ':' && e+1 < len(text) && isDigit(text[e+1]):
			return true // 14:00
		case c == '/' && e+1 < len(text) && isDigit(text[e+1]) && !n.exp:
			return true // 24/7, 10/17/2017
		case c == '-' && n.plainInt && e+3 < len(text) && isDigit(text[e+1]) && isDigit(text[e+2]) && text[e+3] == '-':
			return true // 2017-10-17
		case c == '-' && n.plainInt && n.intDigits == 3 && e+5 <= len(text) && allDigits(text[e+1:e+5]) && (e+5 == len(text) || !isDigit(text[e+5])):
			return true // 555-1234
		case c == '-' && n.plainInt && text[n.start] == '0' && n.intDigits >= 2 && n.intDigits <= 5 && trunkPhoneRest(text, e):
			return true // "051-9205081", "0300-1234567": a trunk prefix, then the subscriber's number
		case (c == '-' || c == '.') && n.plainInt && n.intDigits == 3 && phoneRest(text, e):
			return true // 703-555-1234, 703.555.1234
		case c == '-' && (n.plainInt || n.intDigits == 0) && calibreName(text[e+1:]):
			return true // ".50-caliber", "12-gauge": a weapon's bore names it
		case (c == '-' || c == ',') && locants(text, n.start):
			return true // "2-methylpropane", "2,4-dinitrotoluene": locants in a chemical's name
		case c == '-' && n.plainInt && e+2 < len(text) && text[e+1] == '0' && isDigit(text[e+2]):
			return true // "Statement 23-047", "20240203-02": a serial number, not a range
		case (c == '-' || c == '.') && n.plainInt && n.intDigits == 1 && e+4 < len(text) && allDigits(text[e+1:e+4]) && text[e+4] == c && phoneRest(text, e+4):
			return true // 1-800-621-3362: a ten-digit phone number after a country code
		case isLetter(c) && (e+1 == len(text) || !isLetter(text[e+1]) || e+2 == len(text) || !isLetter(text[e+2])):
			// (the suffixes below have one or two letters)
			w := text[e:wordEnd(text, e)]
			lw := strings.ToLower(w)
			if (n.plainInt || n.grouped && n.decimals == 0 && !n.exp) && (lw == "st" || lw == "nd" || lw == "rd" || lw == "th") {
				return true // 82nd, 2,000th
			}
			if lw == "d" && n.plainInt && militaryOrdinal(text, n) {
				return true // "3d Marine Division", "2d Battalion": second and third in military style
			}
			if n.plainInt && len(w) == 1 && sectionBefore(text, n.start) {
				return true // "Section 2306d", "10 U.S.C. 2306b": a section with its letter
			}
		}
	}
	if n.plainInt && n.intDigits == 2 && n.start > 0 && (text[n.start-1] == '-' || strings.HasSuffix(text[:n.start], "–")) && fiscalYear(text, n.start) {
		return true // "the FY24–28 plan": the span's last fiscal year
	}
	// list numbering: "1." or "1)" at the start of a line
	if n.plainInt && e+1 < len(text) && (text[e] == '.' || text[e] == ')') && (text[e+1] == ' ' || text[e+1] == '\t') {
		k := n.start
		for k > 0 && (text[k-1] == ' ' || text[k-1] == '\t') {
			k--
		}
		if k == 0 || text[k-1] == '\n' {
			return true
		}
		// ... or after a colon or a sentence's end, before a capitalised word, in a line of
		// items run together ("MS. SINGH: 1. The Secretary approved ... 2. The Navy will")
		if text[e] == '.' && n.intDigits <= 2 && e+2 < len(text) && isUpper(text[e+2]) && k > 0 && strings.IndexByte(":.!?", text[k-1]) >= 0 {
			return true
		}
	}
	if n.plainInt && (e+1 < len(text) && text[e] == '+' && isDigit(text[e+1]) || n.start > 1 && text[n.start-1] == '+' && isDigit(text[n.start-2])) {
		return true // "the 2+2 dialogue": a name, not a sum
	}
	if !n.words && mileMarkerBefore(text, n.start) {
		return true // "river mile 953", "mile marker 12", "milepost 40": a place along a river or road
	}
	if n.plainInt && identifierBefore(text, n.start) {
		return true // "ID: 12345", "case #4567": an identifier
	}
	if n.plainInt && degreesMinutesAt(text, n) {
		return true // "32 degrees 30 minutes north": a latitude in words, no angle or duration
	}
	if n.plainInt && mgrsAt(text, n) {
		return true // "38S MB 12345 67890": a grid reference
	}
	if n.plainInt && ratioAt(text, n) {
		return true // "a 3-to-1 ratio", "outnumbered 3 to 1": a ratio names no quantity alone
	}
	if dimensionsAt(text, n) {
		return true // "a 10-by-12-foot cell", "4-by-4 vehicles": a side of a pair of dimensions
	}
	if n.plainInt && descendingPair(text, n) {
		return true // "24-7", "a 3–1 score", "a 5-4 decision": no range, as ranges ascend
	}
	if n.plainInt && internationalPhone(text, n.start) {
		return true // +1 (703) 555-0142, +44 20 7946 0958
	}
	// a phone number in parentheses: "(703) 555-1234"
	if n.plainInt && n.intDigits == 3 && n.start > 0 && text[n.start-1] == '(' && e+1 < len(text) && text[e] == ')' {
		k := skipSpace1(text, e+1)
		if k+8 <= len(text) && allDigits(text[k:k+3]) && text[k+3] == '-' {
			return true
		}
	}
	return false
}

// abbreviations are short words written with a full stop before a number that designates
// something ("Sect. 2", "Chap. 3"): the stop ends no sentence. Those among designators ("Fig.",
// "Vol.") are caught before as designators.
var abbreviations = map[string]bool{"sect": true, "eqs": true, "vols": true, "chap": true, "sec": true,
	"art": true, "app": true, "suppl": true, "para": true, "pt": true, "pts": true, "op": true,
	"cit": true, "gen": true, "col": true, "capt": true, "cmdr": true, "spc": true}

// wordBeforeDigits returns the run of one or two digits that ends, after one space, just before
// i, and its start ("" when there is none).
func wordBeforeDigits(text string, i int) (string, int) {
	j := i
	if j == 0 || text[j-1] != ' ' {
		return "", i
	}
	j--
	k := j
	for k > 0 && isDigit(text[k-1]) && j-k < 2 {
		k--
	}
	if k == j || k > 0 && (isDigit(text[k-1]) || isLetter(text[k-1])) {
		return "", i
	}
	return text[k:j], k
}

// weightFollows reports whether what follows "N million pounds" at e shows a weight: "of" and
// a noun ("of cargo", "of fuel"), or a restatement in a mass unit ("[about 500 metric tons]",
// "(450,000 kilograms)").
func weightFollows(text string, e int) bool {
	rest := text[e:]
	if strings.HasPrefix(rest, " of ") {
		return true
	}
	if len(rest) < 3 || rest[0] != ' ' || rest[1] != '[' && rest[1] != '(' {
		return false
	}
	closing := strings.IndexAny(rest[2:], ")]")
	if closing < 0 || closing > 60 {
		return false
	}
	inside := strings.ToLower(rest[2 : 2+closing])
	return strings.Contains(inside, "ton") || strings.Contains(inside, "kilogram") || strings.Contains(inside, "kg")
}

// exerciseYear reports whether a two-digit number after a capitalised word that opens a
// sentence is an exercise's year, a verb in the past tense following it: "Flintlock 24 ended
// in Mauritania", "Aurora 23 drew 26,000 troops" (not a qualifier's or a function word's
// number: "About 24 arrived", "Only 24 survived" are figures).
func exerciseYear(text string, n num, prev string) bool {
	if !n.plainInt || n.words || n.intDigits != 2 || len(prev) < 4 {
		return false
	}
	lp := []byte(strings.ToLower(prev))
	if _, ok := lookupQualifier(lp); ok || isStopWord(lp) || isNumberWordBytes(lp) {
		return false
	}
	w, k, _ := wordAt(text, n.end)
	if k != n.end+1 || w == "" || !isLower(w[0]) {
		return false
	}
	lw := strings.ToLower(w)
	return irregularPasts[lw] || strings.HasSuffix(lw, "ed") && !plural(lw)
}

// restateWords open a restatement after a comma: "2,000 tons, about 4 million pounds".
var restateWords = fieldSet(`about roughly nearly some approximately almost or`)

// weightBefore reports whether "N million pounds" starting at start restates a mass written
// just before it, in brackets or after ", or" or a dash: "8,800 metric tons (19.4 million
// pounds)", "2,000 tons, or about 4 million pounds", "2,000 tons — about 4 million pounds".
func weightBefore(text string, start int) bool {
	from := max(0, start-24)
	var head string
	if k := strings.LastIndexAny(text[from:start], "(["); k >= 0 && !strings.ContainsAny(text[from+k:start], ")]0123456789") {
		head = text[:from+k]
	} else if k := strings.LastIndex(text[from:start], ", or "); k >= 0 && !strings.ContainsAny(text[from+k:start], "0123456789") {
		head = text[:from+k]
	} else if k := strings.LastIndexAny(text[from:start], "—–"); k >= 0 && !strings.ContainsAny(text[from+k:start], "0123456789") {
		head = text[:from+k] // "2,000 tons — about 4 million pounds"
	} else if k := strings.LastIndex(text[from:start], " -- "); k >= 0 && !strings.ContainsAny(text[from+k:start], "0123456789") {
		head = text[:from+k]
	} else if k := strings.LastIndex(text[from:start], ", "); k >= 0 && !strings.ContainsAny(text[from+k:start], "0123456789") &&
		restateWords[strings.TrimSpace(text[from+k+2:start])] {
		head = text[:from+k] // "2,000 tons, about 4 million pounds"
	} else {
		return false
	}
	// the mass's unit, perhaps before "of" and what it weighs: "1,000 metric tons of aid (about
	// 2.2 million pounds)"
	end := len(strings.TrimRight(head, " "))
	for n := 0; n < 5 && end > 0; n++ {
		w, ws := wordBefore(head, end, true)
		if w == "" || strings.ContainsAny(w, ",;:") {
			return false
		}
		w = strings.ToLower(w)
		if strings.HasSuffix(w, "tons") || strings.HasSuffix(w, "tonnes") || strings.HasPrefix(w, "kilogram") || w == "kg" || w == "kilos" {
			return true
		}
		end = ws
	}
	return false
}

// deliveryBefore reports whether a verb of moving goods comes within six words before start in
// its clause: "the pier delivered 19.4 million pounds of humanitarian aid" weighs the aid.
func deliveryBefore(text string, start int) bool {
	end := start
	for n := 0; n < 6 && end > 0; n++ {
		w, ws := wordBefore(text, end, false)
		if w == "" || ws >= end {
			return false
		}
		if deliveryVerbs[strings.ToLower(w)] {
			return true
		}
		if strings.ContainsAny(text[ws:end], ",;:.") {
			return false
		}
		end = ws
	}
	return false
}

// deliveryVerbs: see deliveryBefore.
var deliveryVerbs = fieldSet(`delivered delivering airdropped airdropping dropped shipped shipping moved moving
transported transporting offloaded offloading unloaded carried carrying flown flew landed hauled airlifted airlifting
ferried ferrying trucked trucking distributed distributing`)

// moneyOfFollows reports whether " of " and, within three words, a noun of money follow e:
// "400 million pounds of military support", "of new funding", "of aid to Ukraine".
func moneyOfFollows(text string, e int) bool {
	rest, ok := strings.CutPrefix(text[e:], " of ")
	if !ok {
		return false
	}
	for k, n := 0, 0; n < 3 && k < len(rest); n++ {
		w := rest[k:wordEnd(rest, k)]
		if w == "" {
			return false
		}
		if moneyNouns[strings.ToLower(w)] {
			return true
		}
		k += len(w)
		if k >= len(rest) || rest[k] != ' ' {
			return false
		}
		k++
	}
	return false
}

// moneyNouns are what an amount of money is "of" (see moneyOfFollows).
var moneyNouns = fieldSet(`support aid assistance funding funds investment investments money spending
loans grants contracts revenue sales exports taxpayers savings cuts`)

// dayOrYear reports whether a number next to a month name can be a day of the month or a year:
// a plain integer from 1 to 31, or of four digits.
func dayOrYear(n num) bool {
	return n.plainInt && (n.intDigits <= 2 && n.v >= 1 && n.v <= 31 || n.intDigits == 4)
}

// sentenceEnd reports whether a month's name written before a number ends a sentence: the
// full name and a full stop ("since November. 1,001 civilians"), where an abbreviation's
// stop ("Nov. 17") does not.
func sentenceEnd(prev string, lprev []byte) bool {
	if !strings.HasSuffix(prev, ".") {
		return false
	}
	switch string(lprev) {
	case "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec":
		return false
	}
	return true
}

// rejectBare rejects a number with no unit: dates, years, times, designations ("Task Force 51");
// after is where the number, or the range it starts, ends; prev and ps are the word before
// start and its start, as wordBefore(text, start, true) gives them.
func rejectBare(text string, n num, start, last int, qual string, after int, prev string, ps int) bool {
	if ps < last {
		prev = ""
	}
	// the words around, lower-cased in buffers on the stack
	var pb, nb [32]byte
	lprev := appendLower(pb[:0], strings.TrimSuffix(prev, "."))
	next, _, ne := wordAt(text, n.end)
	lnext := appendLower(nb[:0], next)
	if n.words && listNumbering(text, n, start) {
		return true // "One, the package is ready. Two, it will ship this week."
	}
	if !n.words {
		if n.end < len(text) && (isLetter(text[n.end]) || text[n.end] >= utf8.RuneSelf && letterBefore(text, n.end+utf8RuneLen(text[n.end:]))) {
			return true // "2π", "06F6": part of a formula or an identifier
		}
		if start > 0 && (text[start-1] == '[' || text[start-1] == '{') || n.end < len(text) && (text[n.end] == ']' || text[n.end] == '}') {
			return true // [11], {1}: citations and sets
		}
		if k := strings.TrimRight(text[:start], " "); strings.HasSuffix(k, "(") && strings.HasPrefix(strings.TrimLeft(text[n.end:], " "), ")") {
			return true // "(1)", "( 8)": enumerations and equation numbers
		}
		if n.plainInt && start > 0 && (text[start-1] == ')' || text[start-1] == ']') {
			return true // "Mg(ClO4)2", "(PO4)6": a subscript or index on a bracket
		}
		if n.plainInt && letterInParens(text, n.end) {
			return true // "Figures 4(a) and 4(b)", "Article 5(c)": a label with its part
		}
		if n.plainInt && n.intDigits <= 2 && enumerationMark(text, start, n.end) {
			return true // "two issues: 1) noise, 2) compliance": list numbering in a sentence
		}
		if n.end+1 < len(text) && text[n.end] == '-' && isUpper(text[n.end+1]) && !serviceMembers[text[n.end+1:wordEnd(text, n.end+1)]] {
			return true // "5-FU", "3-D" (not "a 4,000-Soldier brigade")
		}
		if n.plainInt && n.intDigits <= 2 && hyphenOrdinal(text, n.end) {
			return true // "the 2-506th Infantry": a battalion of a regiment
		}
		if codeCitation(text, n, start) {
			return true // "10 U.S.C. 2304", "32 CFR 117": a code's title and section
		}
		if start >= 2 && text[start-1] == '+' && isUpper(text[start-2]) && (start == 2 || !isLetter(text[start-3])) {
			return true // "H+30", "D+5": an hour or day counted from an operation's start
		}
		if n.v < 0 && (text[start] == '-' || text[start] == 0xe2) && prev != "" && ps+len(prev) >= start-1 {
			return true // "s −1": a flattened exponent
		}
		if n.start > 0 && (text[n.start-1] == '-' || strings.HasSuffix(text[:n.start], "−")) {
			k := n.start - 1
			if text[k] != '-' {
				k = n.start - len("−")
			}
			if k > 0 && letterBefore(text, k) && n.plainInt && n.intDigits == 1 {
				return true // "fb−1", "s-1": an exponent flattened onto a unit
			}
		}
		if n.plainInt && n.end+1 < len(text) && text[n.end] == ' ' && string(lnext) == ordinalSuffix(n.v) {
			return true // "10 th place": an ordinal with its suffix split off
		}
		if (isMonth(lprev) && !sentenceEnd(prev, lprev) || isMonth(lnext)) && dayOrYear(n) {
			return true // Oct. 17, 17 October, May 2017; not "since November. 1,001 civilians"
		}
		if dateRangeStart(text, n, after) {
			return true // "from 3 to 14 March": a range of days of a month
		}
		if n.plainInt && n.intDigits == 3 && int(n.v)%100 == 11 && (string(lprev) == "call" || string(lprev) == "dial") {
			return true // "call 911", "dial 211": a service's number
		}
		if dateRangeEnd(text, n, ps, string(lprev)) || dashedDateEnd(text, n) {
			return true // "from March 13 to 23", "June 5–16": the end of a range of days
		}
		if age(text, n, start) {
			return true // "Spc. John Doe, 23, of Chicago": a person's age
		}
		// 10 a.m., 10am, 1400 GMT
		// (the rest of the text, lower-cased, starts with ".m": a '.' and an 'm' or 'M', as no
		// other rune lower-cases to 'm')
		if n.plainInt && (string(lnext) == "a" || string(lnext) == "p") && ne+1 < len(text) && text[ne] == '.' && (text[ne+1] == 'm' || text[ne+1] == 'M') {
			return true
		}
		switch string(lnext) {
		case "local":
			// "at 1400 local", "9 local time"; not "500 local jobs"
			if n.plainInt && (n.intDigits == 4 || strings.HasPrefix(text[ne:], " time")) {
				return true
			}

		case "am", "pm", "gmt", "utc", "zulu", "est", "edt", "cet", "cest", "bst", "pst", "pdt", "cst", "cdt", "hrs", "o":
			if n.plainInt || n.decimals == 2 && n.intDigits <= 2 && n.v < 24 && !n.grouped && !n.exp && !n.mult {
				return true // "2.13 am"
			}
		}
		if n.plainInt && n.intDigits == 4 && n.v >= 1000 && n.v <= 2100 && !notYear(text, num{start: n.start, end: after}, qual) {
			return true // a year (after is the end of a range: "1500 to 2000 troops" counts)
		}
		if n.plainInt && n.intDigits == 4 && n.v < 2400 && int(n.v)%100 < 60 && text[n.start] == '0' {
			return true // 0600
		}
	}
	if prev != "" && qual == "" && ps+len(prev) < start && ps+len(prev) >= start-1 && len(prev) == 1 && string(lprev) != "a" && string(lprev) != "i" && !possessive(text, ps) {
		return true // "r 2", "β 2": a variable with a flattened index or power
	}
	if prev != "" && len(prev) <= 3 && ps+len(prev) < start && text[ps+len(prev)] == ' ' && prev[0] >= utf8.RuneSelf {
		return true // Greek variables
	}
	if !n.words && n.end+1 < len(text) && text[n.end] == '/' && isLetter(text[n.end+1]) {
		return true // "1/T": a formula
	}
	if len(next) == 2 && isUpper(next[0]) && !isUpper(next[1]) && ne < len(text) && !isLetter(text[ne]) && !apostropheLetter(text, ne) && n.end < len(text) && text[n.end] == ' ' &&
		designationEnd(text, ne-2) == ne-2 && namedModelEnd(text, ne-2, ne) == ne-2 && !nameGoesOn(text, ne) {
		return true // "75 As": an isotope (but "two Mi-24 helicopters" and "32 Mk 41 cells" count a model)
	}
	if n.words && n.v == 1 && qual == "" && (eqFold(prev, "at") && eqFold(next, "time") || strings.HasPrefix(text[n.end:], "-time ") || strings.HasPrefix(text[n.end:], "-off ")) {
		return true // "up to 12,000 at one time", "a one-time payment": no count of times
	}
	if n.words && n.v == 2 && qual == "" && eqFold(prev, "in") && (next == "" && !(n.end+1 < len(text) && text[n.end] == ' ' && isDigit(text[n.end+1])) || next == "and" && !numberAfterAnd(text, n.end) || halvesFollow[next]) {
		return true // "cut the city in two", "broke in two and fell", "in two along the river": halves, no figure
	}
	if prev == "A" && qual == "" && ps+1 == start-1 && !sentenceStart(text, ps) {
		return true // "A 1": a variable
	}
	if !n.words && n.plainInt && qual == "" && acronymInParensBefore(text, start) {
		return true // "Carrier Air Wing (CVW) 5": a unit's name, its acronym and its number
	}
	if !n.words && n.plainInt && n.intDigits <= 3 && qual == "" && referenceNumeral(text, n, start, prev, ps) {
		return true // "20 is a fan, 21 is a stator coil": reference numerals in a drawing
	}
	if !n.words && n.plainInt && n.intDigits <= 3 && qual == "" && pluralDesignator(prev) && !eqFold(prev, "ages") && ps+len(prev)+1 == start && listFollows(text, n.end) {
		return true // "phases 3, 5 and 7", "columns 4 and 5", "Lots 15-17"
	}
	if !n.words && n.plainInt && qual == "" && string(lprev) == "of" && designatedTotal(text, ps, last) {
		return true // "Page 3 of 12", "Step 2 of 5": the last of a designated series
	}
	if qual == "" && designatedList(text, start, last) {
		return true // "Figures 3 and 4", "No. 2 to 4, 6 and 15"
	}
	if prev != "" && qual == "" && !(n.grouped && !n.words && text[n.start] != '0' && lowerWordFollows(text, n.end)) {
		// (a number with thousands separators before a word in lower case is no name's: "the
		// Air Force 27,100 airmen", "Navy 40,600 sailors"; units and ships are not numbered so)
		// (a designator's word and a full stop end a sentence before a capitalised number word,
		// "per day. Two deminers", and, when the word has five letters or more, before digits:
		// "the required level. 2 C-17s landed"; but "Figs. 3 and 4", "Suppl. 2" name the number)
		if isDesignator(lprev) && !verbAfter(text, ps) && !(prev[len(prev)-1] == '.' && !abbreviations[string(lprev)] && (len(lprev) >= 5 || n.words && isUpper(text[n.start]))) || hasSuffix(lprev, "table") || hasSuffix(lprev, "figure") || hasSuffix(lprev, "tables") || string(lprev) == "figs" || string(lprev) == "eqs" || string(lprev) == "sections" || string(lprev) == "refs" {
			return true
		}
		// a capitalised name before a bare number: "Voyager 2", "Resolution 2254" (a hull's
		// letters too, though they spell a word: "AS 39")
		c := prev[0]
		acronym := false // "H.R. 815", "P.L. 118-31": an acronym names the number
		if len(prev) == 2 && prev[1] == '.' {
			as := dottedAcronymStart(text, ps)
			ps, acronym = as, as < ps
		}
		if isUpper(c) && (!isStopWord(lprev) || len(prev) >= 2 && allCapitals(prev)) && !isMonth(lprev) && !isNumberWordBytes(lprev) && !(len(prev) > 3 && prev[len(prev)-1] == '.' && !abbreviations[string(lprev)]) {
			// (a word of more than three letters and a full stop ends a sentence: "from
			// Okinawa. 12 soldiers")
			// (but a capitalised plural before a number and a word in lower case is whom
			// something is given or costs: "cost the Allies four heavy cruisers", "gave the
			// Marines three rifles"; no name is numbered in the plural)
			if (!sentenceStart(text, ps) || len(prev) > 1 && isUpper(prev[1]) || acronym || titleName(text, n, start, ps) || exerciseYear(text, n, prev) || formationCompound(lprev)) && !titleVerbBefore(text, n, start) &&
				!(namePlural(prev) && !allCapitals(prev) && lowerWordFollows(text, n.end)) && !(len(prev) > 3 && isLower(prev[1]) && gappedListItem(text, ps, n.end)) {
				return true
			}
		}
	}
	return false
}

// branchWords follow a battalion's designation: the regiment's branch ("2-7 Infantry", "1-64
// Armor", "3/5 Marines") or "Regiment".
var branchWords = map[string]bool{"infantry": true, "in": true, "armor": true, "armored": true, "ar": true,
	"cavalry": true, "cav": true, "field": true, "fa": true, "artillery": true, "aviation": true, "avn": true,
	"air": true, "ada": true, "engineer": true, "engineers": true, "marines": true, "marine": true,
	"regiment": true, "airborne": true}

// nameGoesOn reports whether a capitalised word follows e after a space or a hyphen: the word
// before e opens a name ("88 Al Hussein missiles", "20 Al-Samoud missiles"), not an isotope's symbol.
func nameGoesOn(text string, e int) bool {
	// a word in capitals goes on an isotope's symbol: "the 75 As NMR spectra", "75 As-NMR"
	return e+2 < len(text) && (text[e] == '-' || text[e] == ' ') && isUpper(text[e+1]) && isLower(text[e+2])
}

// gappedListItem reports whether the name at ps and the number ending at e are an item of a
// list whose verb and noun were written once, before: "Mississippi sent 200 troops, Louisiana
// 135 and Tennessee 160" (after a comma or "and", a number earlier in the sentence, and a
// comma, "and" or the sentence's end after the number).
func gappedListItem(text string, ps, e int) bool {
	before := text[:ps]
	if !strings.HasSuffix(before, ", ") && !strings.HasSuffix(before, " and ") {
		return false
	}
	if !(e == len(text) || text[e] == ',' || text[e] == '.' || text[e] == ';' || strings.HasPrefix(text[e:], " and ")) {
		return false
	}
	from := max(0, ps-80)
	seg := text[from:ps]
	if k := strings.LastIndexAny(seg, ".;:"); k >= 0 {
		seg = seg[k+1:]
	}
	return strings.IndexFunc(seg, func(r rune) bool { return r >= '0' && r <= '9' }) >= 0
}

// numberAfterAnd reports whether " and" and a number follow e: "in two and three skiffs".
func numberAfterAnd(text string, e int) bool {
	_, _, ae := wordAt(text, e)
	w, k, _ := wordAt(text, ae)
	return k < len(text) && (isDigit(text[k]) || isNumberWord(strings.ToLower(w)))
}

// formationCompound reports whether a lower-cased word ends in the name of a formation, as a
// German unit's name does ("Panzerbrigade 45", "Jägerbataillon 292", "Fallschirmjägerregiment
// 31"): the number names it, at the start of a sentence too.
func formationCompound(w []byte) bool {
	for _, s := range [...]string{"brigade", "bataillon", "battalion", "regiment", "division", "geschwader", "kompanie", "batterie"} {
		if len(w) > len(s)+2 && string(w[len(w)-len(s):]) == s {
			return true
		}
	}
	return false
}

// halvesFollow are the words after "in two" that leave it halves: "cut the enclave in two along
// Wadi Gaza", "split in two on Monday".
var halvesFollow = fieldSet(`along at on by with near across through during after before when while amid
since just overnight lengthwise again`)
