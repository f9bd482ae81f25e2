package figure

import (
	"math"
	"strconv"
	"strings"
)

// Tests of a number's context that tell it is no figure: a designation, a code, an
// identifier, a date, a time or an age, a score, a ratio, a chemical's locant (doc.go lists
// them). parseFigure and rejectDigitsContext call them.

// spokenDigits reports whether a number in words is part of a year or a time read out as
// groups of digits: "nineteen ninety-one" and "twenty twenty-four" (a whole number from ten to
// twenty and one from ten to ninety-nine, side by side), or "zero-six-hundred" and
// "oh-five-thirty" (a zero joined by a hyphen to another number); and what follows a hyphen
// after a number word, which belongs to that number.
func spokenDigits(text string, n num) bool {
	if n.end+1 < len(text) && text[n.end] == '-' && isLetter(text[n.end+1]) {
		if w := strings.ToLower(text[n.start:n.end]); w == "zero" || w == "oh" {
			return isNumberWord(strings.ToLower(text[n.end+1 : wordEnd(text, n.end+1)]))
		}
	}
	if n.start > 1 && text[n.start-1] == '-' {
		// after a hyphen, a number word continues the number before it, read or rejected
		// whole: the "four" of "twenty-four", the "six" of "zero-six-hundred"
		if w := strings.ToLower(text[wordStart(text, n.start-1) : n.start-1]); w == "zero" || w == "oh" || isNumberWord(w) {
			return true
		}
	}
	if roundTheClock(text, n) {
		return true // "twenty-four seven": at all hours
	}
	century := func(v float64) bool { return v >= 10 && v <= 20 && v == math.Trunc(v) }
	yearPart := func(m num) bool { return m.v >= 10 && m.v < 100 && m.v == math.Trunc(m.v) && !m.mult }
	if k := skipSpace1(text, n.end); century(n.v) && k == n.end+1 && k < len(text) && isLetter(text[k]) &&
		isNumberWord(strings.ToLower(text[k:wordEnd(text, k)])) {
		if m, ok := parseWords(text, k); ok && yearPart(m) && (m.end == len(text) || !isLetter(text[m.end]) && text[m.end] != '-') {
			return true // "nineteen ninety-one"
		}
	}
	if w, ws := wordBefore(text, n.start, false); yearPart(n) && w != "" && ws+len(w)+1 == n.start && isNumberWord(strings.ToLower(w)) {
		if m, ok := parseWords(text, ws); ok && m.end == ws+len(w) && century(m.v) {
			return true // the "ninety-one" of "nineteen ninety-one"
		}
	}
	return false
}

// roundTheClock reports whether the number in words at n is either half of "twenty-four
// seven" or "twenty-four/seven", said for "24/7".
func roundTheClock(text string, n num) bool {
	if !n.words {
		return false
	}
	const first, second = "twenty-four", "seven"
	if n.v == 24 && n.end-n.start == len(first) && n.end+1+len(second) <= len(text) && (text[n.end] == ' ' || text[n.end] == '/') {
		k := n.end + 1
		e := k + len(second)
		return strings.EqualFold(text[k:e], second) && wordEnd(text, k) == e && (e == len(text) || text[e] != '-') // not "seven-ton"
	}
	if n.v == 7 && n.end-n.start == len(second) && n.start > len(first) && (text[n.start-1] == ' ' || text[n.start-1] == '/') {
		return strings.EqualFold(text[n.start-1-len(first):n.start-1], first) && (n.start-1-len(first) == 0 || !isLetter(text[n.start-2-len(first)]))
	}
	return false
}

// digitsRestated returns the end of a number in words restated in digits in parentheses, as
// contracts and notices write them ("ninety-six (96)", "two hundred twenty-five (225)"), or
// the number's end when none follows.
func digitsRestated(text string, n num) int {
	k := n.end
	if !strings.HasPrefix(text[k:], " (") {
		return k
	}
	m, ok := parseDigits(text, k+2)
	if !ok || m.v != n.v || m.end >= len(text) || text[m.end] != ')' {
		return k
	}
	return m.end + 1
}

// calibreName reports whether rest starts with "caliber", "calibre" or "gauge" as a whole word:
// the rest of a bore's name after a number and a hyphen (".50-caliber", "12-gauge").
func calibreName(rest string) bool {
	for _, w := range [...]string{"caliber", "calibre", "gauge"} {
		if len(rest) >= len(w) && strings.EqualFold(rest[:len(w)], w) && (len(rest) == len(w) || !isLetter(rest[len(w)])) {
			return true
		}
	}
	return false
}

// militaryOrdinal reports whether a whole number with a "d" touching it is an ordinal as the
// services write "second" and "third" ("2d", "3d", "22d"), naming the unit whose capitalised
// name follows: "3d Marine Littoral Regiment", "2d Battalion". (Not "12d" or "13d", which read
// "12th" and "13th"; "3d of rain" or "after 3d" stay days.)
func militaryOrdinal(text string, n num) bool {
	v := int(n.v)
	if v%10 != 2 && v%10 != 3 || v%100 == 12 || v%100 == 13 {
		return false
	}
	e := n.end + 1
	return e+1 < len(text) && text[e] == ' ' && isUpper(text[e+1])
}

// eventDate reports whether a number written as a month and a day joined by a slash follows a
// word that places something in time ("since 9/11", "after 7/7", "the post-9/11 era"): the
// date of an event, not a fraction.
func eventDate(text string, n num, start int) bool {
	slash := strings.IndexByte(text[n.start:n.end], '/')
	if slash < 0 {
		return false
	}
	month, err1 := strconv.Atoi(text[n.start : n.start+slash])
	day, err2 := strconv.Atoi(text[n.start+slash+1 : n.end])
	if err1 != nil || err2 != nil || month < 1 || month > 12 || day < 1 || day > 31 {
		return false
	}
	switch timeWordBefore(text, start) {
	case "since", "after", "before", "until", "post", "pre":
		return true
	case "on":
		return !strings.HasPrefix(text[n.end:], " of ") // "on 9/11"; not "on 3/4 of the route"
	case "the", "a", "an", "this", "that":
		// "the 9/11 case", "the 9/11 military commission": the date names what follows; not
		// "the 3/4 of the route" nor "the 1/2 mark" (a fraction before a measure's noun)
		e := n.end + 1
		if n.end >= len(text) || text[n.end] != ' ' || e >= len(text) || !isLetter(text[e]) {
			return false
		}
		w := text[e:]
		if k := strings.IndexAny(w, " ,.;:!?)"); k >= 0 {
			w = w[:k]
		}
		switch strings.ToLower(w) {
		case "of", "mark", "point", "share", "majority", "portion", "fraction", "ratio", "scale", "inch", "mile":
			return false
		}
		return true
	}
	return false
}

// timeWordBefore returns the word that a space or a hyphen joins to start, lower-cased ("since
// 9/11", "post-9/11", "mid-80s").
func timeWordBefore(text string, start int) string {
	if start > 0 && text[start-1] == '-' {
		start--
	}
	return wordBeforeLower(text, start)
}

// decade reports whether a whole number of tens with an "s" touching it names a decade: after
// an apostrophe ("the '90s", "’80s"), or after "the", "mid-", "early" or "late" ("in the 90s",
// "the mid-80s", "early 2000s"), or a possessive ("in his 90s": a decade of a life).
func decade(text string, n num, start int) bool {
	v := int(n.v)
	if !n.plainInt || v%10 != 0 || !(n.intDigits == 2 || n.intDigits == 4 && v >= 1000 && v <= 2090 || n.intDigits == 3 && v < 200 && bandWordBefore(text, start)) {
		return false // ("in the 110s": a band of readings)
	}
	if e := n.end + 1; e < len(text) && (isLetter(text[e]) || isDigit(text[e])) {
		return false
	}
	if start > 0 && text[start-1] == '\'' || strings.HasSuffix(text[:start], "’") {
		return true
	}
	w := timeWordBefore(text, start)
	switch w {
	case "the", "mid", "early", "late", "his", "her", "their", "my", "our", "your", "low", "high", "upper", "lower":
		return true // "the '90s", "in his 90s": a decade of years or of a life; "in the low 50s": a band of readings
	}
	return false
}

// bandWordBefore reports whether "the", "low", "mid", "high", "upper" or "lower" comes right
// before start, as before a band of readings ("in the 110s", "the low 100s").
func bandWordBefore(text string, start int) bool {
	switch timeWordBefore(text, start) {
	case "the", "low", "mid", "high", "upper", "lower":
		return true
	}
	return false
}

// acronymInParensBefore reports whether an acronym in parentheses and a space come just
// before start: "(CVW) 5", "(HSC) 25".
func acronymInParensBefore(text string, start int) bool {
	if start < 5 || text[start-1] != ' ' || text[start-2] != ')' {
		return false
	}
	open := strings.LastIndexByte(text[max(0, start-12):start-2], '(')
	if open < 0 {
		return false
	}
	return allCapitals(text[max(0, start-12)+open+1 : start-2])
}

// dottedAcronymStart returns the start of an acronym written with full stops whose last letter
// is at ps ("H.R.", "P.L."), or ps when the letter before it is none of one.
func dottedAcronymStart(text string, ps int) int {
	for ps >= 2 && text[ps-1] == '.' && isUpper(text[ps-2]) && (ps == 2 || !isLetter(text[ps-3])) {
		ps -= 2
	}
	return ps
}

// dateRangeEnd reports whether a day number follows "to", "through", "until", "and" or "or"
// after a date of a month's name and a day: the 23 of "from March 13 to 23", the 13 of "on Aug.
// 12 and 13".
func dateRangeEnd(text string, n num, ps int, lprev string) bool {
	if !n.plainInt || n.intDigits > 2 || n.v < 1 || n.v > 31 || lprev != "to" && lprev != "through" && lprev != "until" && lprev != "and" && lprev != "or" {
		return false
	}
	day, ds := wordBeforeDigits(text, ps)
	if day == "" || len(day) > 2 {
		return false
	}
	if lprev == "and" || lprev == "or" {
		// a count after the date, not its second day: "on June 30 and 12 militants died", "on
		// Jan. 5 and 2 on Jan. 9"
		if pluralNounAt(text, n.end) || dateAhead(text, n.end) {
			return false
		}
	}
	month, _ := wordBefore(text, ds, true)
	var b [16]byte
	return isMonth(appendLower(b[:0], strings.TrimSuffix(month, ".")))
}

// dateAhead reports whether a preposition and a month's name follow e: " on Jan. 9", " in
// March", " by July 15".
func dateAhead(text string, e int) bool {
	w, k, we := wordAt(text, e)
	if k != e+1 || w != "on" && w != "in" && w != "by" {
		return false
	}
	m, mk, _ := wordAt(text, we)
	var b [16]byte
	return mk == we+1 && len(m) <= len(b) && isMonth(appendLower(b[:0], strings.TrimSuffix(m, ".")))
}

// dashedDateEnd reports whether the day number n follows a dash after a date of a month's name
// and a day: the 16 of "June 5–16", "Feb. 12 – 23" (with a hyphen, "May 15-26" is read as one
// range that the month's name already rules out).
func dashedDateEnd(text string, n num) bool {
	if !n.plainInt || n.intDigits > 2 || n.v < 1 || n.v > 31 {
		return false
	}
	k := n.start
	for k > 0 && text[k-1] == ' ' {
		k--
	}
	switch {
	case strings.HasSuffix(text[:k], "–"):
		k -= len("–")
	case strings.HasSuffix(text[:k], "—"):
		k -= len("—")
	case k > 0 && text[k-1] == '-':
		k--
	default:
		return false
	}
	for k > 0 && text[k-1] == ' ' {
		k--
	}
	ds := k
	for ds > 0 && isDigit(text[ds-1]) {
		ds--
	}
	if ds == k || k-ds > 2 {
		return false
	}
	month, _ := wordBefore(text, ds, true)
	var b [16]byte
	return len(month) <= len(b) && isMonth(appendLower(b[:0], strings.TrimSuffix(month, ".")))
}

// dateRangeStart reports whether a range of two day numbers, the number n and the range it starts
// ending at after, comes before a month's name: "from 3 to 14 March", "3-14 March", "between 5
// and 9 June" are days of a month, not a range of numbers.
func dateRangeStart(text string, n num, after int) bool {
	if !n.plainInt || n.intDigits > 2 || n.v < 1 || n.v > 31 || after <= n.end || after > len(text) {
		return false
	}
	k := after
	for k > n.end && k > after-3 && isDigit(text[k-1]) {
		k--
	}
	if k == after || isDigit(text[k-1]) {
		return false
	}
	d, err := strconv.Atoi(text[k:after])
	if err != nil || d < 1 || d > 31 || float64(d) <= n.v {
		return false
	}
	month, _, _ := wordAt(text, after)
	var b [16]byte
	return isMonth(appendLower(b[:0], strings.TrimSuffix(month, ".")))
}

// age reports whether a number set off by commas after a capitalised word, and followed by
// "of", "from" or another word in lower case that continues no list, is a person's age: "Spc.
// John Doe, 23, of Chicago", "Doe Jr., 23, from", "Ryan Mays, 21, was acquitted", "Doe, 34, a
// native of" (not "Kandahar, 21, and Helmand"); so is one after any word before "of" or "from"
// and a capitalised place: "The sailor, 19, of Texas"; and "then" or "now" may come before the
// number: "Whittlesey, then 34, led".
func age(text string, n num, start int) bool {
	if !n.plainInt || n.v < 16 || n.v > 99 || start < 3 {
		return false
	}
	if w, ws := wordBefore(text, start, false); (w == "then" || w == "now") && ws >= 2 {
		start = ws // "Whittlesey, then 34, led": the age then, set off by commas too
	}
	if text[start-2:start] != ", " {
		return false
	}
	rest := text[n.end:]
	if (strings.HasPrefix(rest, ";") || rest == "." || strings.HasPrefix(rest, ". ")) && titledName(text, start-2) {
		return true // "Killed were Maj. Tobin Lewis, 37; Capt. Eleanor LeBeau, 29; and …"
	}
	if !strings.HasPrefix(rest, ", ") || len(rest) < 3 || !isLower(rest[2]) {
		return false
	}
	next := rest[2:wordEnd(rest, 2)]
	switch {
	case next == "and" || next == "or" || next == "nor" || next == "to" || next == "through" || isNumberWord(next):
		// "Sgt. Maj. Ann Jones, 45, and Pfc. Lee, 19": an age after a name with its title;
		// "sentenced Pvt. Ann Smith, 19, to 20 years": so before "to"
		return (next == "and" || next == "or" || next == "to") && titledName(text, start-2)
	case next == "of" || next == "from":
		// "The sailor, 19, of Texas": a hometown, after any noun
		if k := 2 + len(next) + 1; k < len(rest) && rest[k-1] == ' ' && isUpper(rest[k]) {
			return true
		}
	}
	w, _ := wordBefore(text, start-2, true)
	return w != "" && isUpper(w[0])
}

// mileMarkerBefore reports whether the number at start follows "river mile", "mile marker" or
// "milepost", which name a point along a river or a road by its distance from an origin.
func mileMarkerBefore(text string, start int) bool {
	w, ws := wordBefore(text, start, false)
	switch strings.ToLower(w) {
	case "milepost", "mileposts":
		return true
	case "mile", "miles":
		v, _ := wordBefore(text, ws, false)
		return strings.EqualFold(v, "river")
	case "marker", "markers":
		v, _ := wordBefore(text, ws, false)
		return strings.EqualFold(v, "mile")
	}
	return false
}

// degreesMinutesAt reports whether the whole number n is the degrees or the minutes of a
// latitude or longitude written in words: "32 degrees 30 minutes north" (both numbers).
func degreesMinutesAt(text string, n num) bool {
	compassAfter := func(e int) bool {
		w, ws, _ := wordAt(text, e)
		if ws != e+1 {
			return false
		}
		switch strings.ToLower(w) {
		case "north", "south", "east", "west", "n", "s", "e", "w":
			return true
		}
		return false
	}
	if strings.HasPrefix(text[n.end:], " degrees ") {
		// the degrees: minutes and a compass word follow
		k := n.end + len(" degrees ")
		d := k
		for k < len(text) && isDigit(text[k]) {
			k++
		}
		if k > d && k-d <= 2 && strings.HasPrefix(text[k:], " minutes") {
			return compassAfter(k + len(" minutes"))
		}
		return false
	}
	if strings.HasPrefix(text[n.end:], " minutes") && n.intDigits <= 2 && strings.HasSuffix(text[:n.start], " degrees ") {
		return compassAfter(n.end + len(" minutes")) // the minutes
	}
	return false
}

// trunkPhoneRest reports whether a hyphen at e is followed by six to eight digits and no more:
// the subscriber's number after an area code with a trunk prefix ("051-9205081").
func trunkPhoneRest(text string, e int) bool {
	k := e + 1
	for k < len(text) && isDigit(text[k]) {
		k++
	}
	return k-e-1 >= 6 && k-e-1 <= 8 && (k == len(text) || !isLetter(text[k]) && text[k] != '-')
}

// phoneRest reports whether a separator at e and three digits, the same separator and four
// digits follow a number: the rest of a ten-digit phone number ("703-555-1234").
func phoneRest(text string, e int) bool {
	if e+9 > len(text) || !allDigits(text[e+1:e+4]) || text[e+4] != text[e] || !allDigits(text[e+5:e+9]) {
		return false
	}
	return e+9 == len(text) || !isDigit(text[e+9])
}

// descendingPair reports whether the whole number n is one of two joined by a hyphen or an en
// dash, the first larger than the second, with no unit after them: a score, a vote or "24-7",
// which no range of positive numbers is written as.
func descendingPair(text string, n num) bool {
	// the number after n
	if k := dashAfter(text, n.end); k > 0 {
		e := k
		for e < len(text) && isDigit(text[e]) {
			e++
		}
		if e == k || e-k > 3 || e < len(text) && (isLetter(text[e]) || text[e] == '.' && e+1 < len(text) && isDigit(text[e+1]) || text[e] == ',' && e+1 < len(text) && isDigit(text[e+1])) {
			return false
		}
		second, _ := strconv.Atoi(text[k:e])
		return float64(second) < n.v && n.intDigits <= 3 && !unitAt(text, e)
	}
	// the number before n
	b := n.start
	switch {
	case b > 0 && text[b-1] == '-':
		b--
	case strings.HasSuffix(text[:b], "–"):
		b -= len("–")
	default:
		return false
	}
	k := b
	for k > 0 && isDigit(text[k-1]) {
		k--
	}
	if k == b || b-k > 3 || k > 0 && (isLetter(text[k-1]) || text[k-1] == '.' || text[k-1] == ',') {
		return false
	}
	first, _ := strconv.Atoi(text[k:b])
	return float64(first) > n.v && !unitAt(text, n.end)
}

// dashAfter returns the position after a hyphen or an en dash at e followed by a digit, or 0.
func dashAfter(text string, e int) int {
	switch {
	case e+1 < len(text) && text[e] == '-' && isDigit(text[e+1]):
		return e + 1
	case strings.HasPrefix(text[e:], "–") && e+len("–") < len(text) && isDigit(text[e+len("–")]):
		return e + len("–")
	}
	return 0
}

// internationalPhone reports whether the digits at i belong to a phone number written with a
// plus sign and a country code: groups of digits joined by single spaces, hyphens, dots or
// parentheses, from 8 to 15 digits in all, after a "+" ("+1 (703) 555-0142", "+44 20 7946
// 0958"). A signed number on its own ("+5 °C", "+2.5%") is none.
func internationalPhone(text string, i int) bool {
	phoneByte := func(c byte) bool {
		return isDigit(c) || c == ' ' || c == '-' || c == '.' || c == '(' || c == ')'
	}
	b := i
	for b > 0 && phoneByte(text[b-1]) && i-b < 20 {
		b--
	}
	if b == 0 || text[b-1] != '+' || b < len(text) && !isDigit(text[b]) {
		return false
	}
	digits, groups := 0, 0
	k, end := b, b
	for k < len(text) && phoneByte(text[k]) {
		if isDigit(text[k]) {
			if k == b || !isDigit(text[k-1]) {
				groups++
			}
			digits++
			end = k + 1
		} else if !isDigit(text[k-1]) && text[k-1] != ')' && text[k] != '(' {
			break // two separators in a row end the number
		}
		k++
	}
	if end < len(text) && isLetter(text[end]) {
		return false
	}
	return groups >= 3 && digits >= 8 && digits <= 15
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return len(s) > 0
}

// unitDesignation reports whether text[s:e], two whole numbers of up to three digits joined by
// a hyphen or a slash, names a battalion of a regiment: before a branch or regiment word ("1-64
// Armor", "2-7 Infantry", "3/5 Marines", "1/11 Gorkha Rifles") or, slashed, after "Marines of", "with" or "from"
// ("Marines of 2/7").
func unitDesignation(text string, s, e, last int) bool {
	k := s
	for k < e && k-s < 3 && isDigit(text[k]) {
		k++
	}
	if k == s || k >= e || text[k] != '-' && text[k] != '/' || e-k-1 < 1 || e-k-1 > 3 || !allDigits(text[k+1:e]) {
		return false
	}
	next, ns, ne := wordAt(text, e)
	if ns == e+1 && ne > ns && text[e] == ' ' && len(next) <= 12 && isUpper(text[ns]) {
		w := strings.TrimSuffix(strings.TrimSuffix(text[ns:ne], "'s"), "’s")
		var b [16]byte
		lw := string(appendLower(b[:0], w))
		if branchWords[lw] && (text[k] == '/' || lw != "marines" && lw != "marine") { // "10-15 Marines" are a count
			return true
		}
		if text[k] == '/' && (indianRegiments[lw] || lw == "gurkha" || lw == "rifles") {
			return true // "of 1/11 Gorkha Rifles", "2/8 Gurkha Rifles"
		}
	}
	if text[k] != '/' {
		return false
	}
	prev, ps := wordBefore(text, s, false)
	if (eqFold(prev, "and") || eqFold(prev, "while") || eqFold(prev, "Battalions")) && ps >= last && slashedBefore(text, ps) {
		return true // the second of two battalions: "Marines of 3/1 and 3/5 cleared the Jolan district"
	}
	if ps < last || !(eqFold(prev, "of") || eqFold(prev, "with") || eqFold(prev, "from")) {
		return false
	}
	w2, s2 := wordBefore(text, ps, false)
	return s2 >= last && (w2 == "Marines" || w2 == "Marine")
}

// slashedBefore reports whether a battalion's slashed designation of one digit on each side
// ends right before the word at ps, perhaps with a comma ("3/1 and", "1/8, 3/1"), or the word
// at ps is "Battalions".
func slashedBefore(text string, ps int) bool {
	if strings.HasPrefix(text[ps:], "Battalions ") {
		return true
	}
	t := strings.TrimRight(text[:ps], " ,")
	n := len(t)
	return n >= 3 && isDigit(t[n-1]) && t[n-2] == '/' && isDigit(t[n-3]) && (n == 3 || !isDigit(t[n-4]) && t[n-4] != '/')
}

// codeCitation reports whether the number n, starting at start, is a title or a section of a
// code of laws or regulations cited by its abbreviation: "10 U.S.C. 2304", "10 USC 2304(c)(1)",
// "10 U.S. Code 2304", "32 CFR 117", "48 C.F.R. 52.204".
func codeCitation(text string, n num, start int) bool {
	codes := [...]string{"U.S.C. §", "U.S.C.", "USC", "U.S. Code", "U.S.Code", "CFR", "C.F.R."}
	// (each code begins with a 'U' or a 'C' and ends in a '.', 'C', 'e' or 'R')
	if n.plainInt && n.end+1 < len(text) && text[n.end] == ' ' && (text[n.end+1] == 'U' || text[n.end+1] == 'C') {
		for _, c := range codes {
			if strings.HasPrefix(text[n.end+1:], c) {
				k := skipSpace1(text, n.end+1+len(c))
				if k > n.end+1+len(c) && k < len(text) && isDigit(text[k]) {
					return true // the title, before the section
				}
			}
		}
	}
	if b := strings.TrimRight(text[:start], " "); len(b) < start && len(b) > 0 && strings.HasSuffix(b, "§") {
		return true // "§ 2304": a section
	}
	if b := strings.TrimRight(text[:start], " "); len(b) < start && len(b) > 0 && strings.IndexByte(".CeR", b[len(b)-1]) >= 0 {
		for _, c := range codes {
			if strings.HasSuffix(b, c) {
				return true // the section, after the title
			}
		}
	}
	return false
}

// verbAfter reports whether the word before i is a modal or a personal pronoun, so that a
// designator at i is a verb: "will station 300 troops", "they station" (but after "to" it is
// more often a preposition's object, "from phase 3 to phase 5", unless a verb of intending
// comes before it: "plans to station 36 fighters").
func verbAfter(text string, i int) bool {
	w, ws := wordBefore(text, i, false)
	var b [16]byte
	switch string(appendLower(b[:0], w)) {
	case "will", "would", "can", "could", "may", "might", "must", "shall", "should", "we", "they":
		return true
	case "to":
		// an infinitive after a verb of intending: "plans to station 36 F-15EX fighters"
		v, _ := wordBefore(text, ws, false)
		return intendVerbs[strings.ToLower(v)]
	}
	return false
}

// intendVerbs, before "to", make the designator after it a verb (see verbAfter).
var intendVerbs = fieldSet(`plans plan planned planning decided decides agreed agrees intends intend intended
wants want wanted expects expected aims aimed seeks sought proposed proposes continue continues continued began
begin begins hopes hoped`)

// formationName reports whether the whole number ending at e starts a formation's name, as
// British and Commonwealth forces write them: up to three capitalised words, or a country in
// parentheses, ending in a formation's name in the singular ("3 Commando Brigade", "16 Air
// Assault Brigade", "1 (UK) Division", "617 Squadron", "45 Commando", "2 Para", "1 Rifles", "22 SAS", and battalions as the British Army
// abbreviates them: "1 R ANGLIAN", "3 SCOTS", "1 Yorks", "1 IG").
func formationName(text string, e int) bool {
	if strings.HasPrefix(text[e:], " Corps") && (e+6 == len(text) || !isLetter(text[e+6])) && e >= 1 && isDigit(text[e-1]) && (e < 3 || !isDigit(text[e-3])) {
		return true // "15 Corps", "the 16 Corps covers Jammu" (not "3,000 Marine Corps personnel")
	}
	if formationAhead(text, e, e, false) {
		return true
	}
	// A list of formations' numbers ends in the formation's name in the plural: "800 and 801
	// Naval Air Squadrons", "44, 50 and 101 Squadrons".
	if k := listedNumbersEnd(text, e); k > e {
		return formationAhead(text, e, k, true)
	}
	return numberListBefore(text, e) && formationAhead(text, e, e, true)
}

// formationAhead reports whether a formation's name follows k, the end of the number that
// ends at e, or of a list of numbers after it; plural allows the formation's name in the plural.
func formationAhead(text string, e, k int, plural bool) bool {
	for range 4 {
		if k >= len(text) || text[k] != ' ' {
			return false
		}
		k++
		if k < len(text) && text[k] == '(' {
			c := strings.IndexByte(text[k:], ')')
			if c < 2 || c > 6 || !isUpper(text[k+1]) {
				return false
			}
			k += c + 1 // "(UK)"
			continue
		}
		we := wordEnd(text, k)
		if we == k || !isUpper(text[k]) || we-k > 12 {
			return false
		}
		var b [16]byte
		lw := appendLower(b[:0], text[k:we])
		if formationWords[string(lw)] || plural && formationPlurals[string(lw)] {
			return true
		}
		if !plural && battalionAbbrevs[string(lw)] && e >= 1 && isDigit(text[e-1]) && (e == 1 || !isDigit(text[e-2]) && text[e-2] != ',' && text[e-2] != '.') {
			return true
		}
		if !plural && indianRegiments[string(lw)] && k == e+1 && shortWholeNumberAt(text, e) && !lowerPluralAt(text, we) {
			return true // "18 Grenadiers took Tololing", "by 8 Sikh", "16 Bihar held" (not "8 Sikh soldiers")
		}
		k = we
	}
	return false
}

// listSeparators join the numbers of a list.
var listSeparators = []string{", and ", ", or ", ", ", " and ", " or ", " & "}

// listedNumbersEnd returns the end of a list of whole numbers that goes on after the number
// ending at e (", 50 and 101"), or e.
func listedNumbersEnd(text string, e int) int {
	end := e
	for {
		k := -1
		for _, sep := range listSeparators {
			if strings.HasPrefix(text[end:], sep) {
				k = end + len(sep)
				break
			}
		}
		d := k
		for d >= 0 && d < len(text) && isDigit(text[d]) && d-k < 4 {
			d++
		}
		if k < 0 || d == k || d < len(text) && (isDigit(text[d]) || isLetter(text[d]) || text[d] == '.' && d+1 < len(text) && isDigit(text[d+1])) {
			return end
		}
		end = d
	}
}

// numberListBefore reports whether the whole number ending at e is the last of a list
// ("800 and 801", "44, 50 and 101").
func numberListBefore(text string, e int) bool {
	s := e
	for s > 0 && isDigit(text[s-1]) {
		s--
	}
	for _, sep := range listSeparators {
		if strings.HasSuffix(text[:s], sep) {
			k := s - len(sep)
			return k > 0 && isDigit(text[k-1])
		}
	}
	return false
}

// formationWords name formations in the singular, as a formation's number comes before them,
// and grid lines, whose number names them too ("the Battle of 73 Easting").
var formationWords = fieldSet(`brigade division regiment battalion squadron wing flotilla commando
battery flight para rifles easting northing sas sbs`)

// formationPlurals name formations in the plural, after a list of their numbers.
var formationPlurals = fieldSet(`brigades divisions regiments battalions squadrons wings flotillas commandos
batteries flights`)

// battalionAbbrevs end a battalion's name as British and Commonwealth armies abbreviate it, after a one-digit
// number only ("1 R ANGLIAN", "3 SCOTS", "1 Yorks", "1 IG", "2 RTR", "3 RAR"; "200 Irish troops" are people).
var battalionAbbrevs = fieldSet(`scots yorks anglian mercian lancs irish welsh rgr rrf rhf ig gg cg sg wg rgj
rtr rar rha rnzir ppcli rcr rdg qdg krh qrh rsdg`)

// indianRegiments name the regiments of the Indian Army, whose battalions are written with a
// number of one or two digits before the regiment's name: "18 Grenadiers", "8 Sikh", "13 Kumaon".
var indianRegiments = fieldSet(`grenadiers sikh jat bihar kumaon punjab naga dogra garhwal mahar madras assam rajput
rajputana maratha jak gorkha`)

// shortWholeNumberAt reports whether the number ending at e is a whole number of one or two
// digits.
func shortWholeNumberAt(text string, e int) bool {
	s := e
	for s > 0 && isDigit(text[s-1]) {
		s--
	}
	return e-s >= 1 && e-s <= 2 && (s == 0 || !isDigit(text[s-1]) && text[s-1] != ',' && text[s-1] != '.' && text[s-1] != '/')
}

// lowerPluralAt reports whether a lower-case plural noun follows a space at k ("8 Sikh
// soldiers"; not "8 Sikh held").
func lowerPluralAt(text string, k int) bool {
	if k+1 >= len(text) || text[k] != ' ' || text[k+1] < 'a' || text[k+1] > 'z' {
		return false
	}
	w := text[k+1 : wordEnd(text, k+1)]
	return len(w) > 3 && w[len(w)-1] == 's' && !strings.HasSuffix(w, "ss") && w != "was" && w != "has"
}

// panelReference reports whether the word before start names a figure or table, so that a
// number with a letter touching it is one of its panels: "Fig. 4b", "Figure 3d", "Table 2A".
func panelReference(text string, start, last int) bool {
	prev, ps := wordBefore(text, start, true)
	if prev == "" || ps < last || len(prev) > 12 {
		return false
	}
	var b [16]byte
	lp := appendLower(b[:0], strings.TrimSuffix(prev, "."))
	switch string(lp) {
	case "fig", "figs", "figure", "figures", "table", "tables", "tab", "panel", "panels",
		"article", "articles", "art", "section", "sections", "sec", "rule", "title", "paragraph", "para", "chapter", "clause":
		return true // "Fig. 4b"; "Article 120b", "Section 2306b": a law's subdivision
	}
	return false
}

// militaryTime reports whether a four-digit number before "hours" is a time of day: zero-padded
// ("0600 hours"), after a time preposition ("at 1400 hours") or before a time zone ("1400 hours
// local").
func militaryTime(text string, n num, start, last int) bool {
	if n.words || !n.plainInt || n.intDigits != 4 || n.v >= 2400 || int(n.v)%100 >= 60 {
		return false
	}
	if text[n.start] == '0' {
		return true
	}
	if _, _, he := wordAt(text, n.end); he > n.end {
		if w, k, _ := wordAt(text, he); k == he+1 && timeZoneWords[strings.ToLower(w)] {
			return true
		}
	}
	prev, ps := wordBefore(text, start, false)
	if ps < last {
		return false
	}
	switch strings.ToLower(prev) {
	case "at", "by", "until", "till", "before", "after", "from", "since", "around", "approximately", "about", "to":
		return true
	}
	return false
}

// timeZoneWords name the clock a time of day is told by: "1400 hours local", "0630 hours Zulu".
var timeZoneWords = fieldSet(`local zulu gmt utc est edt cet cest bst pst pdt cst cdt`)

// bareClockTime reports whether a four-digit number after "at", with no unit, is a time of
// day: hours and minutes ("at 2130 the following day", "at 0400."), not a year's number
// (before 2100 it needs a leading zero or a time zone or "local" after it: "at 1945 prices" is
// none).
func bareClockTime(text string, n num, start, last int) bool {
	if n.words || !n.plainInt || n.intDigits != 4 || n.v >= 2400 || int(n.v)%100 >= 60 {
		return false
	}
	prev, ps := wordBefore(text, start, false)
	if ps < last || !strings.EqualFold(prev, "at") {
		return false
	}
	w, ws, _ := wordAt(text, n.end)
	lw := strings.ToLower(w)
	if clockZones[lw] {
		return true // "at 1400 local", "at 0930 Zulu"
	}
	if text[n.start] != '0' && n.v < 2100 {
		return false
	}
	// the end, punctuation, or a function word other than a rate's ("at 2150 a year")
	return w == "" || ws > n.end+1 || stopWords[lw] && lw != "a" && lw != "an" && lw != "per"
}

// clockZones follow a time of day: "at 1400 local", "at 0930 Zulu", "at 2200 GMT".
var clockZones = fieldSet(`local zulu gmt utc z est edt cst cdt pst pdt`)

// notYear reports whether a four-digit number that could be a year is a count: it counts a noun
// ("2000 troops") or has a comparative qualifier ("more than 1700").
func notYear(text string, n num, qual string) bool {
	if fiscalYear(text, n.start) {
		return false // "Fiscal 2024 aircraft procurement funds": a year named as one
	}
	switch qual {
	case "more-than", "over", "less-than", "fewer-than", "at-least", "up-to", "at-most", "nearly", "almost":
		return true
	}
	_, ok := countNoun(text, n.end, false, false) // "in 2017 Iraqi forces": a year
	return ok
}

// fiscalYear reports whether the number at start is named as a year by the words before it:
// "fiscal 2024", "FY 2025", "fiscal year 2023", "calendar year 2022", or the end of a span or
// a list of such years, "fiscal 2025 through 2029", "FY 2024-2026", "fiscal 2021, 2022 and 2023".
func fiscalYear(text string, start int) bool {
	for range 6 { // back over a list or a span: "fiscal 2021, 2022 and 2023"
		w, ws := wordBefore(text, start, false)
		var b [16]byte
		switch string(appendLower(b[:0], w)) {
		case "fiscal", "fy":
			return true
		case "year":
			y, _ := wordBefore(text, ws, false)
			switch string(appendLower(b[:0], y)) {
			case "fiscal", "calendar":
				return true
			}
			return false
		case "through", "thru", "to", "and":
		case "":
			k := strings.TrimRight(text[:start], " ")
			switch {
			case strings.HasSuffix(k, "-"):
				ws = len(k) - len("-")
			case strings.HasSuffix(k, "–"):
				ws = len(k) - len("–")
			case strings.HasSuffix(k, ","):
				ws = len(k) - len(",")
			default:
				return false
			}
		default:
			return false
		}
		// the end of a span: its start must be a year named so, "FY2024-2026" with its letters
		k := strings.TrimRight(text[:ws], " ")
		j := len(k)
		for j > 0 && isDigit(k[j-1]) {
			j--
		}
		digits := len(k) - j
		if j >= 2 && (digits == 4 || digits == 2) && (k[j-2]|0x20) == 'f' && (k[j-1]|0x20) == 'y' && (j == 2 || !isLetter(k[j-3])) {
			return true // "FY2024-2026", "FY24–28"
		}
		if digits != 4 {
			return false
		}
		start = j
	}
	return false
}

// weekdays name no numbered thing: "on Monday 3 and 4 ships sailed".
var weekdays = fieldSet(`monday tuesday wednesday thursday friday saturday sunday`)

// hillCompass are the compass words that may follow a hill's number ("Hill 881 South").
var hillCompass = fieldSet(`north south east west northeast northwest southeast southwest`)

// designatedList reports whether the bare number at start continues a list or range of numbers
// after a designator: "Figures 3 and 4", "Tables 12 and 13", "No. 2 to 4, 6 and 15", "Flights
// 1 through 4".
func designatedList(text string, start, last int) bool {
	if start < len(text) && isLetter(text[start]) {
		return false // a number word goes on no designated series: "a Type 075 and two destroyers"
	}
	k := start
	for range 6 {
		// a separator
		j := k
		for j > 0 && text[j-1] == ' ' {
			j--
		}
		switch {
		case j > 0 && (text[j-1] == ',' || text[j-1] == '-'):
			j--
		case strings.HasSuffix(text[:j], "–"):
			j -= len("–")
		default:
			if j == 0 || isLetter(text[j-1]) && text[j-1]|0x20 != 'd' && text[j-1]|0x20 != 'r' && text[j-1]|0x20 != 'o' &&
				text[j-1]|0x20 != 'h' && text[j-1]|0x20 != 'u' {
				return false // no word, or one ending in a letter that ends none of these
			}
			w, ws := wordBefore(text, j, false)
			var b [32]byte
			if lw := appendLower(b[:0], w); string(lw) != "and" && string(lw) != "or" && string(lw) != "to" && string(lw) != "through" && string(lw) != "thru" {
				return false
			}
			j = ws
			if j > 1 && text[j-1] == ' ' && text[j-2] == ',' {
				j -= 2 // "3, 5, and 7"
			}
		}
		for j > 0 && text[j-1] == ' ' {
			j--
		}
		if w, ws := wordBefore(text, j, false); ws < j && len(w) > 1 && isUpper(w[0]) && hillCompass[strings.ToLower(w)] {
			j = ws // "Hills 881 South and 861": a hill's number with its compass word
			for j > 0 && text[j-1] == ' ' {
				j--
			}
		}
		// a number
		e := j
		for j > 0 && isDigit(text[j-1]) {
			j--
		}
		if j == e || j < last || e-j > 4 {
			return false
		}
		prev, ps2 := wordBefore(text, j, true)
		var b [32]byte
		lprev := appendLower(b[:0], strings.TrimSuffix(prev, "."))
		if prev != "" && (isDesignator(lprev) || hasSuffix(lprev, "figure") || hasSuffix(lprev, "figures") ||
			hasSuffix(lprev, "table") || hasSuffix(lprev, "tables") || string(lprev) == "figs" || string(lprev) == "classes" ||
			string(lprev) == "sections" || string(lprev) == "seasons" || string(lprev) == "eqs" || string(lprev) == "refs" || pluralDesignator(prev) && ps2+len(prev)+1 == j) {
			return true
		}
		if prev != "" && k == start && isUpper(prev[0]) && ps2+len(prev)+1 == j && prev[len(prev)-1] != '.' && !isStopWord(lprev) &&
			!isMonth(lprev) && !weekdays[string(lprev)] && !isNumberWordBytes(lprev) && !sentenceStart(text, ps2) && !namePlural(prev) {
			return true // "White Beach 1 and 2", "Gate 3 or 4": a name's number, continued
		}
		k = j
	}
	return false
}

// referenceNumeral reports whether a bare number names a part in a drawing: "8 is a shaft, 11
// is a magnetic pole and 15 is a coupling". It starts a clause (after a sentence start, a
// comma, a semicolon or "and") and is followed by "is a", "is an" or "are the".
func referenceNumeral(text string, n num, start int, prev string, ps int) bool {
	rest := text[n.end:]
	if !strings.HasPrefix(rest, " is a ") && !strings.HasPrefix(rest, " is an ") && !strings.HasPrefix(rest, " are the ") {
		return false
	}
	if prev == "and" {
		return true
	}
	k := start
	for k > 0 && text[k-1] == ' ' {
		k--
	}
	return k == 0 || text[k-1] == ',' || text[k-1] == ';' || sentenceStart(text, start)
}

// pluralDesignator reports whether w looks like a plural noun naming numbered things when a list
// or range of bare numbers follows it: "phases 3, 5 and 7", "columns 4 and 5", "lines 16 and
// 17", "pages 10-12", and capitalised as a name's first word, "Phases 2 and 3", "Lots 15-17"
// (not an acronym: "IEDs").
func pluralDesignator(w string) bool {
	if len(w) < 4 || !isLower(w[0]) && !(isUpper(w[0]) && isLower(w[1])) || w[len(w)-1] != 's' {
		return false
	}

	switch w[len(w)-2:] {
	case "ss", "us", "is":
		return false
	}
	return !stopWords[w]
}

// letterInParens reports whether one letter in parentheses touches the number ending at e:
// "4(b)", "1(d)", which name a part of a figure, table or article.
func letterInParens(text string, e int) bool {
	return e+2 < len(text) && text[e] == '(' && isLetter(text[e+1]) && text[e+2] == ')'
}

// enumerationMark reports whether the number from start to e is an item's number in a list run
// into a sentence, "issues: 1) noise, 2) compliance and 3) cost": a ")" with no "(" before it
// touches the number, and a clause ends, or "and" or "or" stands, just before.
func enumerationMark(text string, start, e int) bool {
	if e+1 >= len(text) || text[e] != ')' || text[e+1] != ' ' {
		return false
	}
	k := start
	for k > 0 && text[k-1] == ' ' {
		k--
	}
	if k == start && k > 0 {
		return false // "x)": nothing between the number and the word before it
	}
	switch {
	case k == 0 || text[k-1] == '\n':
	case text[k-1] == ':' || text[k-1] == ';' || text[k-1] == '.' || text[k-1] == ',':
	default:
		w, _ := wordBefore(text, start, false)
		if !eqFold(w, "and") && !eqFold(w, "or") {
			return false
		}
	}
	// no "(" left open before the number in the sentence ("(4, 12)" is a pair)
	depth := 0
	for j := start - 1; j >= 0 && start-j < 200; j-- {
		switch text[j] {
		case ')':
			depth++
		case '(':
			if depth == 0 {
				return false
			}
			depth--
		case '\n':
			return true
		}
	}
	return true
}

// numberWordNamed reports whether the number word from i to e, capitalised, starts a name with
// the capitalised plural after it: "Five Eyes partners", "the Five Eyes" (not the people or
// weapons briefings count, "Two Marines", "Three Reapers", properPlural). The name must be
// followed by a plural noun in lower case or come after "the".
func numberWordNamed(text string, i, e int) bool {
	if !isUpper(text[i]) || e+1 >= len(text) || text[e] != ' ' || !isUpper(text[e+1]) {
		return false
	}
	we := wordEnd(text, e+1)
	w := text[e+1 : we]
	if !namePlural(w) || properPlural(w) {
		return false
	}
	return pluralNounAt(text, we) || strings.EqualFold(wordBeforeLower(text, i), "the")
}

// toRange reports whether the numbers in digits at lo and hi, joined by "-to-", are a range
// rather than the sides of a ratio: the first is smaller, and no ratio's noun (ratioWords)
// follows ("2,000-to-2,500 warheads", "a 20-to-25 percent cut"; but "a 3-to-1 ratio", "1-to-1",
// "a 1-to-4 ratio").
func toRange(text string, lo, hi int) bool {
	a, ok1 := parseDigits(text, lo)
	b, ok2 := parseDigits(text, hi)
	if !ok1 || !ok2 || a.v >= b.v || a.v < 1 || a.decimals > 0 || b.decimals > 0 {
		return false
	}
	w, _, _ := wordAt(text, b.end)
	var buf [16]byte
	return len(w) > len(buf) || !ratioWords[string(lowerASCII(buf[:0], w))]
}

// ratioWords are the nouns after a ratio written with "to": "a 3 to 1 ratio", "by a 2 to 1
// margin".
var ratioWords = fieldSet(`ratio ratios margin margins odds advantage majority split`)

// ratioAt reports whether the whole number n is one side of a ratio: joined to another whole
// number by "-to-" ("a 3-to-1 ratio", "2-to-1", "1-to-1"), or by " to " before a ratio's noun
// ("a 3 to 1 ratio", ratioWords) or after a verb of voting ("voted 78 to 2", voteVerbs).
// Neither side is a figure.
func ratioAt(text string, n num) bool {
	if e := n.end; e+4 < len(text) && text[e:e+4] == "-to-" && isDigit(text[e+4]) {
		return !toRange(text, n.start, e+4)
	}
	if s := n.start; s >= 5 && text[s-4:s] == "-to-" && isDigit(text[s-5]) {
		k := s - 5
		for k > 0 && (isDigit(text[k-1]) || text[k-1] == ',' && k > 1 && isDigit(text[k-2])) {
			k--
		}
		return !toRange(text, k, s)
	}
	after, before := n.end, n.start
	first := before // the pair's first side
	switch {
	case before >= 5 && text[before-4:before] == " to " && isDigit(text[before-5]):
		// the second side: "3 to 1 ratio"
		first = before - 5
		for first > 0 && isDigit(text[first-1]) {
			first--
		}
	case after+4 < len(text) && text[after:after+4] == " to " && isDigit(text[after+4]):
		after += 4
		for after < len(text) && isDigit(text[after]) {
			after++
		}
	default:
		return false
	}
	var b [16]byte
	v, vs := wordBefore(text, first, false)
	if len(v) <= len(b) && voteVerbs[string(lowerASCII(b[:0], v))] {
		return true // "the parliament voted 78 to 2": a vote's tally
	}
	if lv := strings.ToLower(v); lv == "of" || lv == "was" || lv == "is" {
		if n, _ := wordBefore(text, vs, false); voteNouns[strings.ToLower(n)] {
			return true // "by a vote of 88 to 2", "The vote was 416 to 0"
		}
	}
	w, _, _ := wordAt(text, after)
	return len(w) <= len(b) && ratioWords[string(lowerASCII(b[:0], w))]
}

// voteVerbs come before a vote's tally written with "to": "voted 78 to 2", "passed 350 to 80".
var voteVerbs = fieldSet(`voted vote votes voting passed approved rejected confirmed`)

// voteNouns come before "of", "was" or "is" and a vote's tally: "by a vote of 88 to 2".
var voteNouns = fieldSet(`vote votes margin tally`)

// dimensionsAt reports whether the number n is one side of a pair of dimensions joined by
// "-by-" ("a 10-by-12-foot cell", "4-by-4 vehicles", "a 3-by-5 card": neither side is a
// figure alone), or the first side of one joined by " by " to a number and a unit of length
// ("measured 10 by 12 feet": the second side, with its unit, still is; "5,000 by 2030" is
// no pair).
func dimensionsAt(text string, n num) bool {
	const by = "-by-"
	if e := n.end; e+len(by) < len(text) && text[e:e+len(by)] == by && isDigit(text[e+len(by)]) {
		return true
	}
	if s := n.start; s > len(by) && text[s-len(by):s] == by && isDigit(text[s-len(by)-1]) {
		return true
	}
	const spaced = " by "
	k := n.end + len(spaced)
	if k >= len(text) || text[n.end:k] != spaced || !isDigit(text[k]) {
		return false
	}
	for k < len(text) && (isDigit(text[k]) || text[k] == '.' || text[k] == ',') {
		k++
	}
	u, ok := matchUnit(text, k)
	return ok && u.info.kind == Length
}

// wordRatio reports whether the number in words n is one side of a ratio written in words and
// joined by "-to-" to a number word: "a two-to-one ratio", "three-to-one odds", "one-to-one".
func wordRatio(text string, n num) bool {
	const to = "-to-"
	if e := n.end; strings.HasPrefix(text[e:], to) {
		k := e + len(to)
		hi := strings.ToLower(text[k:wordEnd(text, k)])
		return isNumberWord(hi) && !wordRange(text, strings.ToLower(text[n.start:n.end]), hi, wordEnd(text, k))
	}
	if s := n.start; s > len(to) && text[s-len(to):s] == to {
		k := s - len(to)
		return isNumberWord(strings.ToLower(text[wordStart(text, k):k]))
	}
	return false
}

// wordRange reports whether two number words joined by "-to-" are a range rather than a
// ratio's sides: small whole numbers, the first above one and below the second, and no
// ratio's noun after them ("four-to-six F-16s", "a three-to-five-year term"; but "a
// two-to-one ratio", "one-to-three").
func wordRange(text, lo, hi string, e int) bool {
	a, okA := numberWords[lo]
	b, okB := numberWords[hi]
	if !okA || !okB || a.kind != 'u' && a.kind != 't' || b.kind != 'u' && b.kind != 't' || a.v < 2 || a.v >= b.v {
		return false
	}
	if e < len(text) && text[e] == '-' {
		return true
	}
	w, _, _ := wordAt(text, e)
	return !ratioWords[strings.ToLower(w)]
}

// identifierBefore reports whether the number at i is an identifier: touching a number sign
// ("#4567", "case #12") or after "ID", with or without a colon ("ID: 12345", "ID 12345").
func identifierBefore(text string, i int) bool {
	if i > 0 && text[i-1] == '#' {
		return true
	}
	k := strings.TrimRight(text[:i], " ")
	k = strings.TrimRight(strings.TrimSuffix(k, ":"), " ")
	return strings.HasSuffix(k, "ID") && (len(k) == 2 || !isLetter(k[len(k)-3]))
}

// mgrsAt reports whether the whole number n is part of a grid reference in the Military Grid
// Reference System: its zone, one or two digits and a capital letter touching them before a
// square's two capitals ("38S MB 12345 67890"), or the easting or northing after a square's two
// capitals that follow a zone or the word "grid" ("38S MB 12345 67890", "grid MB 1234 5678").
func mgrsAt(text string, n num) bool {
	e := n.end
	if n.intDigits <= 2 && e+5 < len(text) && isUpper(text[e]) && text[e+1] == ' ' && isUpper(text[e+2]) && isUpper(text[e+3]) &&
		text[e+4] == ' ' && isDigit(text[e+5]) {
		return true
	}
	s := n.start
	if s >= 2 && text[s-1] == ' ' && isDigit(text[s-2]) { // the northing: step over the easting
		j := s - 1
		for j > 0 && isDigit(text[j-1]) {
			j--
		}
		if s-1-j != n.intDigits {
			return false
		}
		s = j
	}
	if s < 4 || text[s-1] != ' ' || !isUpper(text[s-2]) || !isUpper(text[s-3]) || text[s-4] != ' ' {
		return false
	}
	before := strings.TrimRight(text[:s-3], " ")
	if len(before) >= 2 && isUpper(before[len(before)-1]) && isDigit(before[len(before)-2]) {
		return true // a zone: "38S"
	}
	return len(before) >= 4 && strings.EqualFold(before[len(before)-4:], "grid")
}

// chemicalPrefixes are the substituents that start a chemical's name after a locant
// ("2-methylpropane", "4-nitrophenol"), and chemicalStems the stems of carbon chains that end
// in "-ane", "-ene" or "-yne" and their derivatives ("1-butene", "2-propanol").
var (
	chemicalPrefixes = [...]string{"methyl", "ethyl", "propyl", "butyl", "phenyl", "chloro", "bromo",
		"fluoro", "iodo", "nitro", "amino", "hydroxy", "methoxy", "ethoxy", "cyano", "oxo", "vinyl", "benzyl"}
	chemicalStems = [...]string{"meth", "eth", "prop", "but", "pent", "hex", "hept", "oct", "non", "dec", "benz"}
)

// locants reports whether the text at i is a chemical's locants, numbers of one or two digits
// joined by commas, then a hyphen and the chemical's name: "2-methylpropane",
// "2,4,6-trinitrotoluene" (chemicalName).
func locants(text string, i int) bool {
	j := i
	for {
		d := j
		for j < len(text) && isDigit(text[j]) && j-d < 3 {
			j++
		}
		if j == d || j >= len(text) {
			return false
		}
		if text[j] == '-' {
			return chemicalName(text[j+1:])
		}
		if text[j] != ',' {
			return false
		}
		j++
	}
}

// chemicalName reports whether rest, after a number and a hyphen, starts with a chemical's
// name in lower case, whose number is a locant: "2-methylpropane", "2,4-dinitrotoluene",
// "1-butene", "2-propanol".
func chemicalName(rest string) bool {
	w := rest[:wordEnd(rest, 0)]
	for _, mult := range [...]string{"di", "tri", "tetra", "bis"} {
		if strings.HasPrefix(w, mult) && len(w) > len(mult)+4 {
			if chemicalPrefixStart(w[len(mult):]) {
				return true
			}
		}
	}
	if chemicalPrefixStart(w) {
		return true
	}
	for _, stem := range chemicalStems {
		if r, ok := strings.CutPrefix(w, stem); ok && len(r) >= 3 &&
			(strings.HasPrefix(r, "an") || strings.HasPrefix(r, "en") || strings.HasPrefix(r, "yn")) {
			return true
		}
	}
	return false
}

// chemicalPrefixStart reports whether w starts with one of chemicalPrefixes.
func chemicalPrefixStart(w string) bool {
	for _, p := range chemicalPrefixes {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// personTitles are ranks and titles written before a person's name, lower-cased, without a
// full stop.
var personTitles = fieldSet(`sgt ssg sfc msg spc pfc pvt cpl lcpl lt 1st 2nd capt cpt maj col ltc gen
adm cmdr cdr ens po1 po2 po3 cpo mr mrs ms dr sen rep sergeant corporal private specialist
captain major colonel general lieutenant admiral commander ensign seaman airman officer class`)

// titledName reports whether the text before e ends in a name of one to three capitalised words
// after a person's title: "Sgt. Maj. Ann Jones", "PFC Lee", "Dr. Smith".
func titledName(text string, e int) bool {
	names := 0
	for k := 0; k < 4; k++ {
		w, ws := wordBefore(text, e, true)
		if w == "" && names > 0 {
			// a grade's number after the title: "Chief Warrant Officer 3 Ann Rivera"
			j := skipBackSpace(text, e)
			if j >= 2 && isDigit(text[j-1]) && text[j-2] == ' ' {
				w, ws = wordBefore(text, j-1, true)
				var b [16]byte
				return w != "" && isUpper(w[0]) && personTitles[string(appendLower(b[:0], w))]
			}
		}
		if w == "" || !isUpper(w[0]) {
			return false
		}
		var b [16]byte
		if len(w) <= 10 && personTitles[string(appendLower(b[:0], strings.TrimSuffix(w, ".")))] {
			return names > 0
		}
		if strings.HasSuffix(w, ".") && len(w) > 2 {
			return false // a sentence's end
		}
		names++
		e = ws
	}
	return false
}

// priceBaseYear reports whether n, followed by a currency's name, is the year whose prices a
// sum is given in: a year of four digits after "in", "constant", "real", "current" or
// "then-year" ("in 2022 dollars", "constant 2024 dollars"). pw is the word before n.
func priceBaseYear(text string, n num, pw string) bool {
	if !n.plainInt || n.intDigits != 4 || n.v < 1900 || n.v > 2100 {
		return false
	}
	switch strings.ToLower(pw) {
	case "in", "constant", "real", "current", "then-year", "base-year":
		return true
	}
	return false
}

// listNumbering reports whether the number word from start to n.end numbers a speaker's point:
// it opens a sentence, is at most ten, and a comma and a pronoun or an article follow ("Two, it
// will ship this week", "Three, the Ukrainians will train"), or "is that" does ("Two is that").
func listNumbering(text string, n num, start int) bool {
	if n.v < 1 || n.v > 10 || n.v != math.Trunc(n.v) {
		return false
	}
	if b := strings.TrimRight(text[:start], " "); b != "" && strings.IndexByte(".:;\n", b[len(b)-1]) < 0 {
		return false
	}
	rest := text[n.end:]
	if strings.HasPrefix(rest, " is that ") {
		return true
	}
	w, ok := strings.CutPrefix(rest, ", ")
	if !ok {
		return false
	}
	w, _, _ = strings.Cut(w, " ")
	return pointOpeners[w]
}

// pointOpeners are the words that may open a numbered point's clause (listNumbering).
var pointOpeners = map[string]bool{"it": true, "the": true, "we": true, "they": true, "I": true, "there": true,
	"this": true, "that": true, "our": true, "you": true, "he": true, "she": true, "these": true, "those": true}

// sectionBefore reports whether the number at start is a section's: after "Section", "Sec.",
// "§" or a code's abbreviation ("10 U.S.C. 2306b", "Section 2366h").
func sectionBefore(text string, start int) bool {
	b := strings.TrimRight(text[:start], " ")
	if strings.HasSuffix(b, "§") {
		return true
	}
	for _, c := range [...]string{"U.S.C.", "USC", "U.S. Code", "CFR", "C.F.R."} {
		if strings.HasSuffix(b, c) {
			return true
		}
	}
	w, _ := wordBefore(text, start, false)
	return eqFold(w, "section") || eqFold(w, "sec") || eqFold(w, "sections")
}
