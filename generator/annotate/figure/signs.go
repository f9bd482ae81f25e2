package figure

import (
	"math"
	"strings"
	"unicode/utf8"
)

// fractionOfUnit matches "of a" and a word unit after a fraction in words: "three-quarters of
// a mile", "half of an hour" (but not "a third of the city", a share).
func fractionOfUnit(text string, pos int, n *num) (unitMatch, bool) {
	if !n.words || n.v <= 0 || n.v >= 1 {
		return unitMatch{}, false
	}
	return fractionOfUnitAt(text, pos)
}

// fractionOfUnitAt is fractionOfUnit past its test of the number.
func fractionOfUnitAt(text string, pos int) (unitMatch, bool) {
	w, _, e := wordAt(text, pos)
	if !strings.EqualFold(w, "of") {
		return unitMatch{}, false
	}
	a, _, ae := wordAt(text, e)
	if !strings.EqualFold(a, "a") && !strings.EqualFold(a, "an") {
		return unitMatch{}, false
	}
	if k := skipSpace1(text, ae); k != ae+1 {
		return unitMatch{}, false
	}
	m, ok := matchWordUnit(text, ae+1)
	if !ok || m.info.kind == "" || m.info.unit == "times" || m.info.unit == "fold" {
		return unitMatch{}, false
	}
	return m, true
}

// lineStart reports whether only spaces and tabs stand between the start of its line and i.
func lineStart(text string, i int) bool {
	for i > 0 && (text[i-1] == ' ' || text[i-1] == '\t') {
		i--
	}
	return i == 0 || text[i-1] == '\n'
}

// possessive reports whether the one-letter word at ps is the s of a possessive: "the city's
// 66 neighborhoods".
func possessive(text string, ps int) bool {
	if text[ps] != 's' && text[ps] != 'S' {
		return false
	}
	switch {
	case strings.HasSuffix(text[:ps], "'"):
		return letterBefore(text, ps-1)
	case strings.HasSuffix(text[:ps], "’"):
		return letterBefore(text, ps-len("’"))
	}
	return false
}

// hasSuffix is strings.HasSuffix for a word lower-cased into a buffer.
func hasSuffix(b []byte, suffix string) bool {
	return len(b) >= len(suffix) && string(b[len(b)-len(suffix):]) == suffix
}

func isNumberWord(w string) bool {
	_, ok := numberWords[w]
	return ok
}

// isNumberWordBytes is isNumberWord for a word lower-cased into a buffer.
func isNumberWordBytes(w []byte) bool {
	if !numberFilter.mayHaveBytes(w) {
		return false
	}
	_, ok := numberWords[string(w)]
	return ok
}

// sentenceStart reports whether position i starts a sentence or a line.
func sentenceStart(text string, i int) bool {
	k := i
	for k > 0 && (text[k-1] == ' ' || text[k-1] == '"' || text[k-1] == '(' || text[k-1] == '\'') {
		k--
	}
	if k == 0 || text[k-1] == '\n' || text[k-1] == '.' || text[k-1] == '!' || text[k-1] == '?' || text[k-1] == ':' {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(text[:k])
	return r == '“' || r == '‘'
}

// oneAfterDeterminer reports whether "one" follows a determiner: "the one", "no one".
func oneAfterDeterminer(text string, n num) bool {
	prev, ps := wordBefore(text, n.start, false)
	if strings.EqualFold(prev, "at") {
		if w, _, we := wordAt(text, n.end); strings.EqualFold(w, "point") {
			if k := skipSpace1(text, we); k == we || k >= len(text) || !isDigit(text[k]) && !isNumberWord(strings.ToLower(text[k:wordEnd(text, k)])) {
				return true // "at one point": a moment (not "one point five")
			}
		}
	}
	if strings.EqualFold(prev, "by") {
		// "by one estimate", "by one count": whose reckoning, not a count
		if w, _, _ := wordAt(text, n.end); reckoningNouns[strings.ToLower(w)] {
			return true
		}
	}
	if strings.EqualFold(prev, "that") {
		// "confirmed that one civilian was killed": "that" begins a clause after a verb of
		// saying or knowing, and "one" counts
		v, _ := wordBefore(text, ps, false)
		if clauseVerbs[strings.ToLower(v)] {
			return false
		}
	}
	if strings.EqualFold(prev, "only") {
		// "the only one", "its only one" are pronouns; "Only one civilian was wounded",
		// "conducted only one airstrike" count
		d, _ := wordBefore(text, ps, false)
		switch strings.ToLower(d) {
		case "the", "its", "their", "his", "her", "my", "our", "your", "this", "that":
			return true
		}
		return false
	}
	switch strings.ToLower(prev) {
	case "no", "not", "the", "this", "that", "every", "each", "any", "which", "last", "first", "next", "little", "such", "someone", "anyone":
		// ("Not one American was killed": none)
		return true
	}
	if n.end < len(text) && (text[n.end] == '\'' || strings.HasPrefix(text[n.end:], "’")) {
		return true
	}
	return false
}

// reckoningNouns follow "by one" as a reckoning's source (see oneAfterDeterminer).
var reckoningNouns = fieldSet(`estimate count measure account tally reckoning calculation analysis assessment`)

// clauseVerbs take a clause after "that" (see oneAfterDeterminer).
var clauseVerbs = fieldSet(`said says confirmed confirms reported reports announced announces stated states
believed believes assessed assesses estimated estimates determined found noted added knew know
learned indicated showed shows revealed acknowledged acknowledges`)

// minusBefore finds a minus sign directly before a number in digits.
func minusBefore(text string, i, last int) (int, bool) {
	var s int
	switch {
	case i >= 1 && text[i-1] == '-':
		s = i - 1
	case i >= 3 && text[i-3:i] == "−":
		s = i - 3
	default:
		return i, false
	}
	if s < last {
		return i, false
	}
	if s > 0 && (letterBefore(text, s) || text[s-1] == '-' || text[s-1] == '.' || text[s-1] == ')') {
		return i, false
	}
	return s, true
}

// currency symbols written before the number.
var currencyPrefixes = []struct{ sym, code string }{
	{"US$", "USD"}, {"U.S.$", "USD"}, {"CA$", "CAD"}, {"C$", "CAD"}, {"A$", "AUD"}, {"NZ$", "NZD"}, {"HK$", "HKD"},
	{"S$", "SGD"}, {"NT$", "TWD"}, {"R$", "BRL"}, {"$", "USD"}, {"€", "EUR"}, {"£", "GBP"}, {"¥", "JPY"}, {"₹", "INR"},
	{"₽", "RUB"}, {"₩", "KRW"}, {"₺", "TRY"}, {"USD", "USD"}, {"EUR", "EUR"}, {"GBP", "GBP"}, {"Rs.", "Rupee"},
	{"Rs", "Rupee"}, {"CHF", "CHF"}, {"JPY", "JPY"}, {"CNY", "CNY"}, {"RMB", "CNY"}, {"Mex$", "MXN"}, {"MX$", "MXN"},
	{"₿", "Bitcoin"}, {"₱", "PHP"}, {"₴", "UAH"}, {"₪", "ILS"}, {"₦", "NGN"}, {"₫", "VND"}, {"NOK", "NOK"}, {"SEK", "SEK"}, {"DKK", "DKK"},
	{"PLN", "PLN"}, {"CAD", "CAD"}, {"AUD", "AUD"}, {"NZD", "NZD"}, {"KRW", "KRW"}, {"UAH", "UAH"}, {"ILS", "ILS"},
	{"INR", "INR"}, {"PKR", "PKR"}, {"TRY", "TRY"}, {"SAR", "SAR"}, {"AED", "AED"}, {"PHP", "PHP"}, {"TWD", "TWD"},
	{"SGD", "SGD"}, {"THB", "THB"}, {"MYR", "MYR"}, {"IDR", "IDR"}, {"VND", "VND"}, {"HKD", "HKD"}, {"฿", "THB"},
	{"RON", "RON"}, {"BGN", "BGN"}, {"HUF", "HUF"}, {"CZK", "CZK"}, {"EGP", "EGP"}, {"QAR", "QAR"}, {"KWD", "KWD"},
	{"GHS", "GHS"}, {"MAD", "MAD"}, {"ZAR", "ZAR"}, {"NIS", "ILS"},
	{"AU$", "AUD"}, {"FJ$", "FJD"}, {"F$", "FJD"}, {"FJD", "FJD"}, {"T$", "TOP"}, {"SI$", "SBD"},
	{"SBD", "SBD"}, {"PGK", "PGK"}, {"ISK", "ISK"}, {"BAM", "BAM"}, {"RSD", "RSD"}, {"MKD", "MKD"}, {"HRK", "HRK"},
	{"IQD", "IQD"}, {"JOD", "JOD"}, {"BHD", "BHD"}, {"OMR", "OMR"}, {"LYD", "LYD"}, {"SYP", "SYP"}, {"IRR", "IRR"},
	{"AFN", "AFN"}, {"YER", "YER"}, {"LBP", "LBP"}, {"KES", "KES"}, {"UGX", "UGX"}, {"ETB", "ETB"}, {"NGN", "NGN"},
	{"TND", "TND"}, {"DZD", "DZD"}, {"XOF", "XOF"}, {"BDT", "BDT"}, {"MMK", "MMK"}, {"KHR", "KHR"},
	{"LKR", "LKR"}, {"NPR", "NPR"}, {"MVR", "MVR"},
	{"TT$", "TTD"}, {"J$", "JMD"}, {"RD$", "DOP"}, {"COP", "COP"}, {"VES", "VES"}, {"TTD", "TTD"}, {"JMD", "JMD"}, {"DOP", "DOP"},
	{"KZT", "KZT"}, {"GEL", "GEL"}, {"AMD", "AMD"}, {"AZN", "AZN"}, {"UZS", "UZS"}, {"KGS", "KGS"}, {"TJS", "TJS"}, {"TMT", "TMT"},
}

// wonAfter returns the end of the word "won" at pos (after a space), or 0. "won" is Korea's
// currency only after a multiplier word ("59.4 trillion won"; see the caller): elsewhere it is
// a verb ("8 won").
func wonAfter(text string, pos int) int {
	if !strings.HasPrefix(text[pos:], " won") {
		return 0
	}
	e := pos + len(" won")
	if e < len(text) && (isLetter(text[e]) || text[e] == '-') {
		return 0
	}
	return e
}

// currencyLast marks the bytes that end a symbol of currencyPrefixes.
var currencyLast [256]bool

func init() {
	for _, c := range currencyPrefixes {
		currencyLast[c.sym[len(c.sym)-1]] = true
	}
}

// currencyBefore finds a currency symbol before the number at i ("$2.5", "€ 40", "US$3").
func currencyBefore(text string, i, last int) (string, int) {
	j := i
	if j > 0 && text[j-1] == ' ' {
		j--
	}
	if j == 0 || !currencyLast[text[j-1]] {
		return "", i // no symbol ends here
	}
	for _, c := range currencyPrefixes {
		s := j - len(c.sym)
		if s < last || s < 0 || text[s:j] != c.sym {
			continue
		}
		if isLetter(c.sym[0]) && letterBefore(text, s) {
			continue
		}
		if c.sym == "$" && s > 0 && isLetter(text[s-1]) {
			continue
		}
		return c.code, s
	}
	return "", i
}

// moneySuffix reads an abbreviated multiplier after a sum: "$5m", "$2.5bn", "£3 bn", "$5k".
func moneySuffix(text string, pos int, n *num) int {
	q := pos
	if q < len(text) && text[q] == ' ' {
		q++
	}
	e := wordEnd(text, q)
	if e == q {
		return pos
	}
	var m float64
	switch text[q:e] {
	case "m", "M", "mn", "mln", "MM":
		m = 1e6
	case "bn", "b", "B", "bln":
		m = 1e9
	case "k", "K":
		m = 1e3
	case "tn", "trn", "T":
		m = 1e12
	default:
		return pos
	}
	if q > pos && len(text[q:e]) == 1 {
		return pos // "$5 m" is ambiguous
	}
	n.v = n.scaled(m)
	n.step *= m
	return e
}

// skipUncertainty skips "± 0.4", "+/- 0.01", "(±2)" after a number.
func skipUncertainty(text string, pos int) int {
	q := skipSpace1(text, pos)
	switch {
	case strings.HasPrefix(text[q:], "±"):
		q += len("±")
	case strings.HasPrefix(text[q:], "+/-"), strings.HasPrefix(text[q:], "+/−"):
		if strings.HasPrefix(text[q:], "+/-") {
			q += 3
		} else {
			q += 2 + len("−")
		}
	default:
		return pos
	}
	q = skipSpace1(text, q)
	if q >= len(text) || !isDigit(text[q]) && text[q] != '.' {
		return pos
	}
	u, ok := parseDigits(text, q)
	if !ok {
		return pos
	}
	return u.end
}

// skipUncertaintyAfterUnit skips "± 0.4%" or "± 2 km" after a unit, when the unit repeats.
func skipUncertaintyAfterUnit(text string, pos int, u unitMatch) int {
	e := skipUncertainty(text, pos)
	if e == pos {
		return pos
	}
	if m, ok := matchUnit(text, e); ok && m.info.unit == u.info.unit {
		return m.end
	}
	return pos
}

// rangeMayFollow reports whether the second half of a range may follow pos: it is false when
// parseRangeEnd is, and cheaper. After one optional space, every range's sign or word starts
// with a '-', the first byte of an en dash or minus sign, or the 't' of "to" or the 'a' of "and".
func rangeMayFollow(text string, pos int) bool {
	sp := skipSpace1(text, pos)
	if sp >= len(text) {
		return false
	}
	switch text[sp] {
	case '-', 0xe2, 't', 'a':
		return true
	}
	return false
}

// parseRangeEnd parses the second half of a range after pos.
func parseRangeEnd(text string, pos int, lo num, u unitMatch, hasUnit, between, money bool) (int, num, unitMatch, bool) {
	q := pos
	sp := skipSpace1(text, q)
	var k int
	switch {
	case strings.HasPrefix(text[sp:], "-to-") && sp == q && !hasUnit && lo.words && lo.end-lo.start <= 9 &&
		wordRange(text, strings.ToLower(text[lo.start:lo.end]), strings.ToLower(text[sp+4:wordEnd(text, sp+4)]), wordEnd(text, sp+4)):
		k = sp + 4 // "four-to-six F-16s"
	case strings.HasPrefix(text[sp:], "-") && sp == q && !hasUnit && !lo.words:
		k = sp + 1
		if strings.HasPrefix(text[k:], " to ") {
			k += 4
		} else if strings.HasPrefix(text[k:], "to-") && k+3 < len(text) && isDigit(text[k+3]) && toRange(text, lo.start, k+3) {
			k += 3 // "2,000-to-2,500 warheads"
		}
	case strings.HasPrefix(text[sp:], "-") && sp == q && hasUnit && strings.HasPrefix(text[sp:], "- to "):
		k = sp + 5
	case strings.HasPrefix(text[sp:], "-") && sp == q && hasUnit && sp+1 < len(text) && isDigit(text[sp+1]):
		k = sp + 1
	case strings.HasPrefix(text[sp:], "−") && sp > q && !hasUnit && skipSpace1(text, sp+len("−")) > sp+len("−"):
		k = sp + len("−")
	case strings.HasPrefix(text[sp:], "–") && (sp == q || !hasUnit):
		k = sp + len("–")
	case strings.HasPrefix(text[sp:], "-") && sp > q && !hasUnit && !lo.words:
		k = sp + 1
	case strings.HasPrefix(text[sp:], "to ") || strings.HasPrefix(text[sp:], "and ") && between:
		if sp == q {
			return 0, num{}, unitMatch{}, false
		}
		k = sp + strings.IndexByte(text[sp:], ' ') + 1
	default:
		return 0, num{}, unitMatch{}, false
	}
	k = skipSpace1(text, k)
	if money && k < len(text) {
		if c, s := currencyBefore(text, k+len("$"), 0); c != "" && s == k {
			_ = c
			k = skipSpace1(text, k+len(text[s:s+1]))
		}
		for _, p := range currencyPrefixes {
			if strings.HasPrefix(text[k:], p.sym) {
				k = skipSpace1(text, k+len(p.sym))
				break
			}
		}
	}
	if k >= len(text) {
		return 0, num{}, unitMatch{}, false
	}
	neg := false // "-18 °C to -34 °C", "between minus 5 and minus 10 degrees": both ends below zero
	if lo.v < 0 && !money && text[k] == '-' && k+1 < len(text) && isDigit(text[k+1]) {
		neg, k = true, k+1
	} else if lo.v < 0 && !money && strings.HasPrefix(text[k:], "−") && k+len("−") < len(text) && isDigit(text[k+len("−")]) {
		neg, k = true, k+len("−")
	} else if lo.v <= 0 && !money && !lo.words || lo.v > 0 && !money && !lo.words && !hasUnit {
		for _, w := range [...]string{"minus ", "negative "} {
			if len(text) > k+len(w) && strings.EqualFold(text[k:k+len(w)], w) && isDigit(text[k+len(w)]) {
				neg, k = true, k+len(w)
				break
			}
		}
	}
	crossesZero := neg && lo.v > 0 // "from 14 to minus 31 degrees Fahrenheit": a temperature's range only
	// a lower end in words and an upper end in digits, as style guides write numbers below and
	// from ten: "nine to 12 months" (wordsToDigits)
	wordsToDigits := false
	if lo.words != !(isDigit(text[k]) || text[k] == '.') {
		// "one" only after "from" or "between": "from one to 20 vessels a year"
		fromOne := lo.v == 1 && (between || strings.HasSuffix(strings.ToLower(text[:lo.start]), "from "))
		if lo.words && isDigit(text[k]) && (lo.v >= 2 || fromOne) && lo.v <= 9 && lo.v == math.Trunc(lo.v) && !lo.mult && lo.end-lo.start <= 5 {
			wordsToDigits = true
		} else if lo.words || !isLetter(text[k]) {
			return 0, num{}, unitMatch{}, false
		}
	}
	if !isDigit(text[k]) && !isLetter(text[k]) {
		return 0, num{}, unitMatch{}, false
	}
	hi, ok := parseNumber(text, k)
	if neg {
		hi.v = -hi.v
	}
	if !ok || hi.v < lo.v && !neg || rejectDigitsContext(text, hi) && !hi.words || wordsToDigits && (!hi.plainInt || hi.v < 10) {
		return 0, num{}, unitMatch{}, false
	}
	end := hi.end
	if money {
		end = moneySuffix(text, end, &hi)
		return end, hi, unitMatch{}, true
	}
	end = skipUncertainty(text, end)
	m, mok := matchUnit(text, end)
	if crossesZero && (!mok || m.info.kind != Temperature && m.info.unit != "deg") {
		return 0, num{}, unitMatch{}, false
	}
	if hasUnit {
		if mok {
			if m.info.unit != u.info.unit {
				return 0, num{}, unitMatch{}, false
			}
			return m.end, hi, m, true
		}
		if u.info.unit == "percent" && hi.v > 100 {
			// a level reached, not the top of a range of shares: "sorties rose 40% to
			// 1,250 a day"
			return 0, num{}, unitMatch{}, false
		}
		return end, hi, unitMatch{}, true
	}
	if mok {
		return m.end, hi, m, true
	}
	return end, hi, unitMatch{}, true
}

// dollarCodeAfter returns the ISO code of a currency written after a space at pos ("$2.6
// billion CAD"), or "".
func dollarCodeAfter(text string, pos int) string {
	e := pos + 4
	if e > len(text) || text[pos] != ' ' || e < len(text) && (isLetter(text[e]) || isDigit(text[e])) {
		return ""
	}
	code := text[pos+1 : e]
	for _, c := range currencyPrefixes {
		if c.sym == code && c.code == code {
			return code
		}
	}
	return ""
}

// millionsBeforeNoun reads an abbreviated multiplier after a number that is no sum, as the
// British press writes it, when a unit in words follows: "5.2m tonnes", "1.5bn litres", "5.2
// mln tonnes" (not "20 m tall", "20m of cable": metres).
func millionsBeforeNoun(text string, pos int, n *num) int {
	if n.words {
		return pos
	}
	q := pos
	if q < len(text) && text[q] == ' ' {
		q++
	}
	e := wordEnd(text, q)
	var m float64
	switch text[q:e] {
	case "m":
		m = 1e6
	case "mn", "mln":
		m = 1e6
	case "bn", "bln":
		m = 1e9
	default:
		return pos
	}
	if q > pos && text[q:e] == "m" || e+1 >= len(text) || text[e] != ' ' || !isLower(text[e+1]) {
		return pos // "5 m" is metres
	}
	if _, ok := matchWordUnit(text, e+1); !ok {
		return pos
	}
	n.v = n.scaled(m)
	n.step *= m
	return e
}
