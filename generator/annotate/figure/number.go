package figure

import (
	"math"
	"strconv"
	"strings"
)

// num is a parsed number.
type num struct {
	start, end int
	v          float64
	intDigits  int     // digits before the decimal point, when written in digits
	decimals   int     // digits after the decimal point
	step       float64 // place value of the last stated digit (for the conversion check)
	multWord   float64 // that word's value when it is the last part ("million": 1e6), or 0
	// (the flags last, packed in one word: a num is passed by value to many rules)
	words    bool // written in words ("twenty-six")
	grouped  bool // has thousands separators
	mult     bool // scaled by a multiplier word ("2.5 million")
	exp      bool // has a power of ten
	plainInt bool // digits only, no separator, decimal point, exponent or multiplier
}

// parseNumber parses a number in digits or words at i. skip is where scanning resumes when it
// fails (the whole identifier-like run is skipped).
func parseNumber(text string, i int) (num, bool) {
	if isDigit(text[i]) || text[i] == '.' {
		return parseDigits(text, i)
	}
	return parseWords(text, i)
}

func parseDigits(text string, i int) (num, bool) {
	var buf [48]byte
	b := buf[:0]
	j := i
	n := num{start: i}
	for j < len(text) && isDigit(text[j]) {
		if len(b) < 40 {
			b = append(b, text[j])
		}
		j++
	}
	n.intDigits = j - i
	if n.intDigits >= 1 && n.intDigits <= 3 {
		// thousands separators: ",ddd" repeated; or a (thin/no-break) space before groups of
		// three. One number uses one kind: in "1,700 500-pound bombs" the space ends 1,700.
		var kind byte // ',' or ' ' once a group is read
		for {
			sep := 0
			switch {
			case j < len(text) && text[j] == ',':
				sep = 1
			case strings.HasPrefix(text[j:], "\u202f") || strings.HasPrefix(text[j:], "\u2009"):
				sep = 3
			case strings.HasPrefix(text[j:], "\u00a0"):
				sep = 2
			case j < len(text) && text[j] == ' ' && (n.grouped || j+1 < len(text) && (text[j+1] != '0' || n.intDigits >= 2)):
				sep = 1
			}
			if sep == 0 || j+sep+3 > len(text) {
				break
			}
			sepKind := byte(' ')
			if text[j] == ',' {
				sepKind = ','
			}
			if kind != 0 && sepKind != kind {
				break
			}
			k := j + sep
			if !isDigit(text[k]) || !isDigit(text[k+1]) || !isDigit(text[k+2]) ||
				k+3 < len(text) && (isDigit(text[k+3]) || isLetter(text[k+3]) && (text[j] == ' ' || !unitAt(text, k+3) && !ordinalAt(text, k+3))) {
				break
			}
			if text[j] == ' ' && k+3 < len(text) && (text[k+3] == ',' || text[k+3] == '-' || text[k+3] == '.' && k+4 < len(text) && isDigit(text[k+4])) && !n.grouped {
				break
			}
			if text[j] == ' ' && (n.intDigits == 0 || k+3 < len(text) && text[k+3] == ' ' && k+4 < len(text) && isDigit(text[k+4]) && false) {
				break
			}
			b = append(b, text[k:k+3]...)
			n.grouped = true
			kind = sepKind
			j = k + 3
			n.intDigits += 3
		}
	}
	// a decimal comma: "0,05", "3,5", "2,6" (not a thousands group: "0," or not three digits)
	if !n.grouped && j+1 < len(text) && text[j] == ',' && isDigit(text[j+1]) && n.intDigits <= 3 {
		k := j + 1
		for k < len(text) && isDigit(text[k]) {
			k++
		}
		if (k-j-1 != 3 || text[i] == '0' && n.intDigits == 1) && k-j-1 <= 4 && !(k+1 < len(text) && (text[k] == ',' || text[k] == '.') && isDigit(text[k+1])) {
			b = append(b, '.')
			b = append(b, text[j+1:k]...)
			n.decimals = k - j - 1
			j = k
		}
	}
	if n.decimals == 0 && j+1 < len(text) && text[j] == '.' && isDigit(text[j+1]) {
		b = append(b, '.')
		j++
		for j < len(text) && isDigit(text[j]) {
			if len(b) < 40 {
				b = append(b, text[j])
			}
			j++
			n.decimals++
		}
		if j+1 < len(text) && text[j] == '.' && isDigit(text[j+1]) {
			return n, false // 1.2.3: a version or an address
		}
	}
	if n.intDigits == 0 && n.decimals == 0 {
		return n, false
	}
	// an exponent: 1.2e-3
	if j+1 < len(text) && (text[j] == 'e' || text[j] == 'E') && n.intDigits > 0 {
		k := j + 1
		if k < len(text) && (text[k] == '-' || text[k] == '+') {
			k++
		}
		s := k
		for k < len(text) && isDigit(text[k]) {
			k++
		}
		if k > s && k-s <= 3 && (k == len(text) || !isLetter(text[k]) && !isDigit(text[k])) {
			b = append(b, text[j:k]...)
			j = k
			n.exp = true
		}
	}
	v, ok := parseShortDecimal(b)
	if !ok {
		var err error
		if v, err = strconv.ParseFloat(string(b), 64); err != nil {
			return n, false
		}
	}
	n.v = v
	n.end = j
	// a simple fraction "3/4", or a mixed number "10 1/2"
	if !n.grouped && n.decimals == 0 && !n.exp {
		if num, den, e, ok := fraction(text, i); ok {
			n.v, n.end, n.step = num/den, e, 1/den
			return n, true
		}
		if k := skipSpace1(text, j); k == j+1 {
			if num, den, e, ok := fraction(text, k); ok {
				n.v += num / den
				n.end, n.step = e, 1/den
				return n, true
			}
			if num, den, e, ok := vulgar(text, k); ok && (e == len(text) || !isDigit(text[e])) {
				n.v += num / den // "8 ½ minutes"
				n.end, n.step = e, 1/den
				return n, true
			}
		}
		if num, den, e, ok := vulgar(text, j); ok {
			n.v += num / den
			n.end, n.step = e, 1/den
			return n, true
		}
	}
	// a power: "1.1^23", "2.5^-1"
	if j+1 < len(text) && text[j] == '^' {
		k := j + 1
		neg := false
		for k < len(text) && (text[k] == '-' || text[k] == '+') {
			neg = neg != (text[k] == '-')
			k++
		}
		s := k
		e := 0
		for k < len(text) && isDigit(text[k]) && k-s < 3 {
			e = e*10 + int(text[k]-'0')
			k++
		}
		if k > s {
			if neg {
				e = -e
			}
			n.v = math.Pow(n.v, float64(e))
			n.end = k
			n.exp, n.plainInt = true, false
			return n, true
		}
	}
	n.plainInt = !n.grouped && n.decimals == 0 && !n.exp
	if n.decimals > 0 {
		n.step = math.Pow(10, -float64(n.decimals))
	} else {
		n.step = 1
		if !n.exp {
			tz := 0
			for k := len(b) - 1; k > 0 && b[k] == '0'; k-- {
				tz++
			}
			if tz >= 3 {
				n.step = math.Pow(10, float64(tz))
			}
		}
	}
	n.timesTen(text)
	if n.v == 10 && n.plainInt && n.intDigits == 2 {
		n.tenPower(text)
	}
	n.multiplier(text)
	n.andFraction(text)
	return n, true
}

// andFraction reads the fraction of a mixed number after a whole number in digits: "3 and a
// half" (3.5); after a multiplier, a fraction of it: "3 million and a half" (3,500,000); and a
// multiplier after the fraction: "2 and a half million".
func (n *num) andFraction(text string) {
	if n.decimals > 0 || n.exp || n.mult && n.multWord == 0 ||
		n.end+6 > len(text) || text[n.end] != ' ' || text[n.end+1]|0x20 != 'a' {
		return // (the common case: no " and" follows)
	}
	w, s, e := wordAt(text, n.end)
	if s != n.end+1 || !eqFold(w, "and") {
		return
	}
	k := skipSpace1(text, e)
	if k != e+1 {
		return
	}
	frac, den, fe, ok := mixedFraction(text, k)
	if !ok {
		return
	}
	unit := 1.0
	if n.multWord != 0 {
		unit = n.multWord
	}
	n.v += frac * unit
	n.end, n.step = fe, unit/den
	n.plainInt = false
	if n.multWord == 0 {
		if m, me, ok := multiplierWordAt(text, fe); ok {
			n.v, n.step, n.end = n.v*m, n.step*m, me // "2 and a half million"
			n.mult = true
		}
	}
}

// pow10 are the powers of ten a float64 holds exactly.
var pow10 = [...]float64{1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15}

// parseShortDecimal converts digits with at most one decimal point ("1083", "2.5", ".08") and
// at most 15 digits, the common case, without strconv.ParseFloat. It gives the same value: the
// digits make an integer below 2^53 and 10^d is exact, so the one division is correctly rounded,
// as ParseFloat's result is. Other numbers are left to ParseFloat.
func parseShortDecimal(b []byte) (float64, bool) {
	var m uint64
	digits, decimals, point := 0, 0, false
	for _, c := range b {
		switch {
		case isDigit(c):
			m = m*10 + uint64(c-'0')
			digits++
			if point {
				decimals++
			}
		case c == '.' && !point:
			point = true
		default:
			return 0, false
		}
	}
	if digits == 0 || digits > 15 {
		return 0, false
	}
	return float64(m) / pow10[decimals], true
}

// timesTen reads "× 10^5", "x10-3", "×10⁵" after a mantissa.
func (n *num) timesTen(text string) {
	j := skipSpace1(text, n.end)
	switch {
	case strings.HasPrefix(text[j:], "×"):
		j += len("×")
	case strings.HasPrefix(text[j:], "x") || strings.HasPrefix(text[j:], "X") || strings.HasPrefix(text[j:], "*"):
		j++
	case j > n.end && strings.HasPrefix(text[j:], "· 10"):
		j += len("·") // "2 · 10 10"
	default:
		return
	}
	j = skipSpace1(text, j)
	if !strings.HasPrefix(text[j:], "10") {
		return
	}
	j += 2
	if j < len(text) && text[j] == '^' {
		j++
	} else if k := skipSpace1(text, j); k > j && (strings.HasPrefix(text[k:], "−") || strings.HasPrefix(text[k:], "-") && k+1 < len(text) && isDigit(text[k+1])) {
		j = k // "× 10 −5", flattened superscript
	} else if k > j && flatExponent(text, k) {
		j = k // "× 10 4"
	}
	neg := false
	switch {
	case strings.HasPrefix(text[j:], "-"):
		neg = true
		j++
	case strings.HasPrefix(text[j:], "−"), strings.HasPrefix(text[j:], "⁻"):
		neg = true
		j += 3
	case strings.HasPrefix(text[j:], "+"):
		j++
	}
	e, k := 0, j
	for k < len(text) {
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
	if k == j || k-j > 9 || e > 300 {
		return
	}
	if neg {
		e = -e
	}
	n.v *= math.Pow(10, float64(e))
	n.end = k
	n.exp = true
	n.plainInt = false
}

var superDigits = [...]string{"⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"}

func superDigit(s string) int {
	if len(s) < 2 {
		return -1
	}
	for d, sd := range superDigits {
		if strings.HasPrefix(s, sd) {
			return d
		}
	}
	return -1
}

// multiplier reads "million", "billion", "thousand", "hundred", "dozen" after digits, or an
// attached "k" ("10k").
// scaled returns the number times m, a multiplier ("million", "bn", "k"). A number with
// decimals is scaled as the decimal it is written as, so that "4.1 million" is 4,100,000 and
// not the 4,099,999.9999999995 of a binary 4.1 times a million.
func (n *num) scaled(m float64) float64 {
	if n.decimals == 0 || n.decimals > 15 {
		return n.v * m
	}
	p := math.Pow(10, float64(n.decimals))
	whole := math.Round(n.v * p) // the digits as a whole number: 41 for 4.1
	if math.Abs(whole*m) >= 1<<53 || math.Abs(whole/p-n.v) > 1e-9*math.Abs(n.v) {
		return n.v * m // too large to be exact, or more than a decimal ("10.5 1/2")
	}
	return whole * m / p
}

func (n *num) multiplier(text string) {
	if e := n.end; e < len(text) && (text[e] == 'k' || text[e] == 'K') && (e+1 == len(text) || !isLetter(text[e+1]) && !isDigit(text[e+1])) && text[e] == 'k' {
		n.v = n.scaled(1000)
		n.step *= 1000
		n.end = e + 1
		n.mult, n.plainInt = true, false
		return
	}
	// attached abbreviations: "5M", "3.2bn", "1.2b" (a lone "b" only after decimals)
	if e := n.end; e < len(text) && isLetter(text[e]) {
		we := wordEnd(text, e)
		if we == len(text) || !isDigit(text[we]) && text[we] != '_' {
			var m float64
			switch text[e:we] {
			case "M", "mn", "mln":
				m = 1e6
			case "bn", "bln":
				m = 1e9
			case "b", "B":
				if n.decimals > 0 {
					m = 1e9
				}
			case "tn", "trn":
				m = 1e12
			}
			if m != 0 && !(we < len(text) && (text[we] == '/' || text[we] == '^' || text[we] == '-')) {
				n.v = n.scaled(m)
				n.step *= m
				n.end = we
				n.mult, n.plainInt = true, false
				return
			}
		}
	}
	hyphen := n.end+1 < len(text) && text[n.end] == '-' && isLetter(text[n.end+1]) // "$1.2-billion", "a 5-million-year record"
	k := n.end + 1
	if !hyphen {
		k = skipSpace1(text, n.end)
	}
	if !numberFilter.mayStartAt(text, k, 9) {
		return // no multiplier word starts so: the common case
	}
	w, _, e := wordAt(text, n.end)
	if hyphen {
		e = wordEnd(text, n.end+1)
		w = text[n.end+1 : e]
	}
	if w == "" || len(w) > 9 || !numberFilter.mayHave(w) {
		return
	}
	var b [16]byte
	lw := lowerASCII(b[:0], w)
	nw, ok := numberWords[string(lw)]
	if !ok || nw.kind != 'h' && nw.kind != 'm' && nw.kind != 'd' || hyphen && nw.kind != 'm' {
		return
	}
	if lw[len(lw)-1] == 's' && nw.kind != 'd' {
		return
	}
	n.v = n.scaled(nw.v)
	n.step *= nw.v
	n.end = e
	n.mult = true
	n.multWord = nw.v
	n.plainInt = false
	if string(lw) == "lakh" {
		// "₹5.94 lakh crore": a hundred thousand crore, 10^12
		if w2, _, e2 := wordAt(text, n.end); strings.EqualFold(w2, "crore") {
			n.v = n.scaled(1e7)
			n.step *= 1e7
			n.end = e2
			n.multWord *= 1e7
			return
		}
	}
	// "4 thousand 3 hundred and 21": a smaller part follows
	for k := 0; k < 3 && nw.kind != 'd'; k++ {
		p := skipSpace1(text, n.end)
		and := false
		if w, _, we := wordAt(text, n.end); strings.EqualFold(w, "and") {
			p, and = skipSpace1(text, we), true
		}
		if p == n.end || p >= len(text) || !isDigit(text[p]) {
			return
		}
		m, ok := parseDigits(text, p)
		if !ok || !m.plainInt && !m.mult || m.v >= nw.v || m.mult && m.v == 0 {
			return
		}
		if !m.mult && (!and && k == 0 || m.end < len(text) && isLetter(text[m.end])) {
			return // "2 million 155mm rounds": a number of its own, not 2,000,155
		}
		if !m.mult && and && k == 0 && nw.v >= 1e6 && nounAfter(text, m.end) {
			return // "$10 billion and 250 tanks": a count of its own, not $10,000,000,250
		}
		n.v += m.v
		n.end = m.end
		n.multWord = m.multWord
		if !m.mult {
			return
		}
	}
}

// nounAfter reports whether a word that is no number word follows e after a space ("250
// tanks", "250 M1A2 Abrams"), so that the number before it counts it.
func nounAfter(text string, e int) bool {
	k := skipSpace1(text, e)
	if k != e+1 || k >= len(text) || !isLetter(text[k]) {
		return false
	}
	w := strings.ToLower(text[k:wordEnd(text, k)])
	return !isNumberWord(w) && w != "and"
}

// parseWords parses a number written in words: "twenty-six", "a hundred", "one and a half",
// "two million", "three quarters".
func parseWords(text string, i int) (num, bool) {
	n := num{start: i, words: true, step: 1}
	if pw := wordBeforeLower(text, i); pw == "few" || pw == "several" {
		return num{}, false // "several dozen": a vague multiple (see parsePhrase), not a dozen
	}
	var total, cur float64
	var lastMult float64 // the value of the last multiplier word ("million": 1e6)
	var last byte        // kind of the last word taken
	any := false
	end := i
	p := i
	var b [16]byte
	for {
		e := wordEnd(text, p)
		if e == p || e-p > 12 {
			break
		}
		lw := lowerASCII(b[:0], text[p:e])
		w := string(lw)
		if (w == "half" || w == "quarter") && !any {
			k := wordSep(text, e)
			nx := strings.ToLower(text[k:wordEnd(text, k)])
			if w == "half" && k > e && nx == "a" { // "half a dozen", "half a million"
				k2 := wordSep(text, wordEnd(text, k))
				nx2 := strings.ToLower(text[k2:wordEnd(text, k2)])
				if nw, ok := numberWords[nx2]; k2 > k+1 && ok && (nw.kind == 'm' || nw.kind == 'd') && nx2[len(nx2)-1] != 's' {
					total += nw.v / 2
					end = wordEnd(text, k2)
					last, any = 'm', true
				}
				break
			}
			if w == "half" && k > e && (nx == "of" && shareFollows(text, k) || k == e+1 && halfDeterminerShare(text, k, wordEnd(text, k))) && !oneOfTwoBefore(text, p) {
				// "half of the city", "half the TNT", "half its fleet"
				total, end, last, any = 0.5, e, 'f', true
				break
			}
			if w == "half" && halfShareAhead(text, e) && shareQualifierBefore(text, p) {
				// "some 116,500 of them died, about half from influenza", "nearly half were
				// wounded": half of what the clause counts
				total, end, last, any = 0.5, e, 'f', true
				break
			}
			if w == "half" && halfByAhead(text, e) && byBefore(text, p) {
				// "down by half.", "fell by roughly half in 2024"
				total, end, last, any = 0.5, e, 'f', true
				break
			}
			if nw, ok := numberWords[nx]; k > e && ok && (nw.kind == 'm' || nw.kind == 'h' || nw.kind == 'd') && nx[len(nx)-1] != 's' {
				total += nw.v * (map[string]float64{"half": 0.5, "quarter": 0.25})[w]
				end = wordEnd(text, k)
				last, any = 'm', true
				p = k
				if k2 := wordSep(text, end); k2 > end {
					p = k2
					_ = p
				}
				break
			}
			break
		} else if w == "a" || w == "an" {
			if any {
				break
			}
			cur, last, any = 1, 'a', true
			// "a" counts only with what follows; end stays before it
		} else if w == "and" {
			if !any || last == 'a' {
				break
			}
			ns := wordSep(text, e)
			if frac, _, fe, ok := mixedFraction(text, ns); ns > e && ok {
				// "one and a half", "twenty and three fifths"; after a multiplier, a fraction of
				// it: "a million and a half", "a dozen and a half"
				unit := 1.0
				if last == 'm' || last == 'd' {
					unit = lastMult
				} else if m, me, ok := multiplierWordAt(text, fe); ok {
					unit, fe = m, me // "two and a half million"
					total, cur = total*m, cur*m
				}
				total += cur + frac*unit
				cur, end, last = 0, fe, 'f'
				break
			}
			ne := wordEnd(text, ns)
			lnx := strings.ToLower(text[ns:ne])
			if nw, ok := numberWords[lnx]; ok && (nw.kind == 'u' || nw.kind == 't') && (last == 'h' || last == 'm') && !(last == 'h' && hundredAfter(text, ne)) {
				p = ns
				continue
			}
			break
		} else if den, ok := fractionWords[w]; ok && any && fractionNumerator(last, total, cur, den) {
			if last == 'a' && w == "half" {
				// "a half-dozen", "a half million"
				k := wordSep(text, e)
				nx := strings.ToLower(text[k:wordEnd(text, k)])
				if nw, ok := numberWords[nx]; k > e && ok && (nw.kind == 'm' || nw.kind == 'd') && nx[len(nx)-1] != 's' {
					cur, end, last = nw.v/2, wordEnd(text, k), 'm'
					break
				}
			}
			if last == 'a' && den != 2 && den != 4 && den != 3 && !(w[len(w)-1] != 's' && (shareFollows(text, wordSep(text, e)) || fractionEndsClause(text, i, e))) {
				break // "a fifth" only as a share, "a fifth of the city", or ending a clause: "cut by a fifth."
			}
			if cur == 1 && w[len(w)-1] == 's' || cur > 1 && w[len(w)-1] != 's' && w != "half" {
				break
			}
			if cur == den {
				return num{}, false // "two halves", "four quarters": a whole, not an amount
			}
			cur = (total + cur) / den
			total = 0
			end = e
			last = 'f'
			if rest, ok := strings.CutPrefix(text[e:], " of a "); ok {
				// "a quarter of a million troops", "three quarters of a billion dollars"
				mw := rest[:wordEnd(rest, 0)]
				if nw, ok := numberWords[strings.ToLower(mw)]; ok && nw.kind == 'm' && mw[len(mw)-1] != 's' {
					cur *= nw.v
					end = e + len(" of a ") + len(mw)
					last = 'm'
				}
			}
			break
		} else {
			nw, ok := numberWords[w]
			if !ok {
				break
			}
			plural := w[len(w)-1] == 's' && nw.kind != 'u'
			if plural {
				break
			}
			switch nw.kind {
			case 'u':
				if last == 'u' || last == 'a' || last == 't' && nw.v >= 10 || last == 'h' && cur >= 100 && int(cur)%100 != 0 {
					goto done
				}
				cur += nw.v
			case 't':
				if last == 'u' || last == 't' || last == 'a' {
					goto done
				}
				cur += nw.v
			case 'h':
				if last == 'h' || last == 'd' {
					goto done
				}
				if cur == 0 {
					cur = 1
				}
				cur *= 100
			case 'm':
				if !any && cur == 0 {
					goto done
				}
				if cur == 0 {
					cur = 1
				}
				total += cur * nw.v
				cur = 0
				lastMult = nw.v
			case 'd':
				if cur == 0 {
					cur = 1
				}
				cur *= 12
				lastMult = 12
			}
			any = true
			last = nw.kind
			end = e
		}
		// separator: spaces, a hyphen, or a spaced hyphen ("fifty - two")
		if k := wordSep(text, e); k > e {
			p = k
			continue
		}
		break
	}
done:
	if end == i {
		return n, false
	}
	n.v = total + cur
	if last == 'm' && cur == 0 || last == 'd' {
		// "three thousand", "three dozen": a multiplier ends it, as in "two to three thousand"
		n.multWord = lastMult
	}
	// decimals in words: "two hundred point zero three"
	if last != 'f' && last != 'a' {
		if k := wordSep(text, end); k > end {
			if e := wordEnd(text, k); eqFold(text[k:e], "point") {
				scale, frac, q, got := 0.1, 0.0, e, false
				for {
					k := wordSep(text, q)
					if k == q {
						break
					}
					e := wordEnd(text, k)
					nw, ok := numberWords[strings.ToLower(text[k:e])]
					if !ok || nw.kind != 'u' || nw.v > 9 {
						if lw := strings.ToLower(text[k:e]); lw == "nought" || lw == "oh" {
							nw, ok = numWord{0, 'u'}, true
						} else {
							break
						}
					}
					frac += nw.v * scale
					scale /= 10
					q, got = e, true
				}
				if got {
					n.v += frac
					end = q
					// a multiplier after the decimals: "two point five billion"
					if k := wordSep(text, q); k > q {
						e := wordEnd(text, k)
						if nw, ok := numberWords[strings.ToLower(text[k:e])]; ok && nw.kind == 'm' && text[e-1] != 's' {
							n.v = math.Round(n.v*nw.v*1e6) / 1e6
							n.mult, n.multWord = true, nw.v
							end = e
						}
					}
				}
			}
		}
	}
	n.end = end
	return n, true
}

// hundredAfter reports whether the words from e, after a unit or a ten, reach "hundred": in "two
// hundred and two hundred fifty" the second hundred starts a new number, not the first's units.
func hundredAfter(text string, e int) bool {
	for j := 0; j < 2; j++ {
		k := wordSep(text, e)
		if k == e {
			return false
		}
		e = wordEnd(text, k)
		w := strings.ToLower(text[k:e])
		if w == "hundred" {
			return true
		}
		if nw, ok := numberWords[w]; !ok || nw.kind != 'u' {
			return false
		}
	}
	return false
}

// fractionNumerator reports whether the number words so far (last the kind of the last one, total
// and cur their value) can be the numerator of a fraction word with denominator den: a small
// number ("two thirds", "a fifth"), or, for fifths and smaller parts, any whole number
// ("twenty-three fifths", "a hundred trillionths").
func fractionNumerator(last byte, total, cur, den float64) bool {
	if (last == 'u' || last == 'a' || last == 't') && total == 0 && cur <= 20 {
		return true
	}
	return den >= 5 && (last == 'u' || last == 't' || last == 'h' || last == 'm')
}

// mixedFraction reads the fraction of a mixed number after "and" at k: "a half", "one half",
// "a third", "three fifths" (in "twenty and three fifths"). It returns the fraction, its
// denominator and its end. A singular fraction other than a half before a word that makes it an
// ordinal is none: "two and a third country", "one and a third-party".
func mixedFraction(text string, k int) (float64, float64, int, bool) {
	e := wordEnd(text, k)
	if e == k || e-k > 5 {
		return 0, 0, k, false
	}
	var b [8]byte
	w := lowerASCII(b[:0], text[k:e])
	numer := 1.0
	if string(w) != "a" && string(w) != "an" && string(w) != "one" {
		nw, ok := lookupNumberWord(w)
		if !ok || nw.kind != 'u' || nw.v < 2 {
			return 0, 0, k, false
		}
		numer = nw.v
	}
	fs := wordSep(text, e)
	fe := wordEnd(text, fs)
	if fs == e || fe-fs > 12 {
		return 0, 0, k, false
	}
	var fb [16]byte
	fw := lowerASCII(fb[:0], text[fs:fe])
	den, ok := fractionWords[string(fw)]
	if !ok || (fw[len(fw)-1] == 's') != (numer > 1) || numer >= den {
		return 0, 0, k, false
	}
	if numer == 1 && den != 2 && ordinalFollows(text, fe) {
		return 0, 0, k, false
	}
	return numer / den, den, fe, true
}

// ordinalFollows reports whether what follows a fraction word ending at e makes it an ordinal:
// a hyphenated compound ("third-party") or a word that is not "of", a plural, a multiplier or
// a unit ("a third country", but "a third of", "a third cups", "a quarter year").
func ordinalFollows(text string, e int) bool {
	if e+1 < len(text) && text[e] == '-' && isLetter(text[e+1]) {
		return true
	}
	w, s, we := wordAt(text, e)
	if w == "" || s == e || we-s > 16 {
		return false
	}
	var b [16]byte
	lw := lowerASCII(b[:0], w)
	if string(lw) == "of" || lw[len(lw)-1] == 's' {
		return false
	}
	if nw, ok := lookupNumberWord(lw); ok && (nw.kind == 'm' || nw.kind == 'd') {
		return false
	}
	_, unit := matchWordUnit(text, s)
	return !unit
}

// multiplierWordAt reads a multiplier word after a mixed number ending at e: "million" in "two
// and a half million", "dozen" in "one and a half dozen".
func multiplierWordAt(text string, e int) (float64, int, bool) {
	w, s, we := wordAt(text, e)
	if s == e || w == "" || we-s > 9 {
		return 0, e, false
	}
	var b [16]byte
	lw := lowerASCII(b[:0], w)
	nw, ok := lookupNumberWord(lw)
	if !ok || nw.kind != 'm' && nw.kind != 'd' || lw[len(lw)-1] == 's' {
		return 0, e, false
	}
	return nw.v, we, true
}

// fractionEndsClause reports whether the fraction "a fifth" from i to e stands alone at the end
// of a clause ("cut by a fifth."), and not after "and", "or" or "then", where it is an ordinal
// left elliptical ("a second and a third.").
func fractionEndsClause(text string, i, e int) bool {
	if !clauseEnd(text, e) {
		return false
	}
	switch wordBeforeLower(text, i) {
	case "and", "or", "then", "nor":
		return false
	}
	return true
}

// clauseEnd reports whether a clause ends at e: the end of the text, or a punctuation mark
// (not a decimal point) before a space or the end.
func clauseEnd(text string, e int) bool {
	if e == len(text) {
		return true
	}
	if strings.IndexByte(".,;:!?)", text[e]) < 0 {
		return false
	}
	return e+1 == len(text) || text[e+1] == ' ' || text[e+1] == '\n' || text[e+1] == '\t' || text[e+1] == '"' || text[e+1] == '\''
}

// tenPower reads a flattened power of ten: "10 −7" (10⁻⁷ with the superscript lost).
func (n *num) tenPower(text string) {
	j := n.end
	if j < len(text) && text[j] == ' ' {
		j++
	}
	if j > n.end && flatExponent(text, j) && wordFollows(text, j) {
		// "10 9 particles", "10 6 km": a power of ten whose superscript lost its place
		e, k := 0, j
		for ; isDigit(text[k]); k++ {
			e = e*10 + int(text[k]-'0')
		}
		n.v, n.end, n.exp, n.plainInt = math.Pow(10, float64(e)), k, true, false
		return
	}
	if !strings.HasPrefix(text[j:], "−") {
		return
	}
	j += len("−")
	e, k := 0, j
	for k < len(text) && isDigit(text[k]) && k-j < 2 {
		e = e*10 + int(text[k]-'0')
		k++
	}
	if k == j || k < len(text) && (isDigit(text[k]) || text[k] == '.') {
		return
	}
	n.v = math.Pow(10, -float64(e))
	n.end = k
	n.exp = true
	n.plainInt = false
}

// shareDeterminers are the words after which "half" names a share with no "of": "half the
// TNT", "half its fleet", "half their aircraft".
var shareDeterminers = map[string]bool{"the": true, "its": true, "their": true, "our": true, "his": true, "her": true, "these": true, "those": true}

// halfDeterminerShare reports whether the word text[k:e] after "half" is a share's determiner
// (shareDeterminers) before a word that makes no idiom: "half the TNT", not "half the time" or
// "half the battle".
func halfDeterminerShare(text string, k, e int) bool {
	var b [8]byte
	if e-k > 5 || !shareDeterminers[string(lowerASCII(b[:0], text[k:e]))] {
		return false
	}
	n := skipSpace1(text, e)
	if n == e || n >= len(text) || !isLetter(text[n]) {
		return false
	}
	w := text[n:wordEnd(text, n)]
	for _, idiom := range [...]string{"time", "battle", "story", "fun", "problem", "reason"} {
		if strings.EqualFold(w, idiom) {
			return false
		}
	}
	return true
}

// shareFollows reports whether "of" at k starts a share of something: "of the city", "of Raqqa",
// "of its territory", "of them" (not "of 10", which a range or a list would be).
func shareFollows(text string, k int) bool {
	if !strings.HasPrefix(text[k:], "of") && !strings.HasPrefix(text[k:], "Of") {
		return false
	}
	if wordEnd(text, k) != k+2 {
		return false
	}
	n := skipSpace1(text, k+2)
	return n > k+2 && n < len(text) && isLetter(text[n])
}

// wordSep returns where the next word starts after a separator at e (spaces, a hyphen, or a
// spaced hyphen), or e when there is none.
func wordSep(text string, e int) int {
	k := e
	for k < len(text) && k-e < 3 && text[k] == ' ' {
		k++
	}
	if k < len(text) && text[k] == '-' {
		k++
		for k < len(text) && k-e < 6 && text[k] == ' ' {
			k++
		}
	}
	if k == e || k >= len(text) || !isLetter(text[k]) {
		return e
	}
	return k
}

// fraction reads "n/d" at i with n < d ≤ 16, not followed by another "/" or digit.
func fraction(text string, i int) (float64, float64, int, bool) {
	k := i
	for k < len(text) && isDigit(text[k]) && k-i < 2 {
		k++
	}
	if k == i || k+1 >= len(text) || text[k] != '/' || !isDigit(text[k+1]) {
		return 0, 0, i, false
	}
	num, _ := strconv.Atoi(text[i:k])
	d := k + 1
	e := d
	for e < len(text) && isDigit(text[e]) && e-d < 2 {
		e++
	}
	if e < len(text) && (isDigit(text[e]) || text[e] == '/') {
		return 0, 0, i, false
	}
	den, _ := strconv.Atoi(text[d:e])
	if den < 2 || den > 16 || num == 0 || num >= den {
		return 0, 0, i, false
	}
	return float64(num), float64(den), e, true
}

var vulgarFractions = []struct {
	s        string
	num, den float64
}{{"½", 1, 2}, {"⅓", 1, 3}, {"⅔", 2, 3}, {"¼", 1, 4}, {"¾", 3, 4}, {"⅕", 1, 5}, {"⅖", 2, 5}, {"⅗", 3, 5},
	{"⅘", 4, 5}, {"⅙", 1, 6}, {"⅚", 5, 6}, {"⅛", 1, 8}, {"⅜", 3, 8}, {"⅝", 5, 8}, {"⅞", 7, 8}}

// vulgar reads a vulgar fraction character at i: "½".
func vulgar(text string, i int) (float64, float64, int, bool) {
	if i+1 >= len(text) || text[i] < 0xc2 {
		return 0, 0, i, false
	}
	for _, v := range vulgarFractions {
		if strings.HasPrefix(text[i:], v.s) {
			return v.num, v.den, i + len(v.s), true
		}
	}
	return 0, 0, i, false
}

// flatExponent reports whether a power of ten's exponent, written flat after "10 " (its
// superscript lost), starts at k: one or two digits, from 2, not followed by another digit,
// a decimal point, a comma and a digit, or a hyphen ("10 12-year-olds").
func flatExponent(text string, k int) bool {
	e := k
	for e < len(text) && isDigit(text[e]) && e-k < 3 {
		e++
	}
	if e == k || e-k > 2 || text[k] == '0' || e-k == 1 && text[k] == '1' {
		return false
	}
	if e < len(text) {
		switch c := text[e]; {
		case isDigit(c), c == '-', c == '/', isLetter(c):
			return false
		case (c == '.' || c == ',') && e+1 < len(text) && isDigit(text[e+1]):
			return false
		}
	}
	return true
}

// wordFollows reports whether a word comes after the digits starting at k and one space:
// "10 9 particles", not "10 9" in a row of numbers.
func wordFollows(text string, k int) bool {
	for k < len(text) && isDigit(text[k]) {
		k++
	}
	if k+1 >= len(text) || text[k] != ' ' {
		return false
	}
	return isLetter(text[k+1]) || text[k+1] >= 0x80 && !strings.HasPrefix(text[k+1:], "−")
}

// ordinalAt reports whether an ordinal's suffix ("st", "nd", "rd", "th") and no other letter
// starts at q: "2,000th" is one ordinal, not 2 and a stray group.
func ordinalAt(text string, q int) bool {
	if q+2 > len(text) || q+2 < len(text) && isLetter(text[q+2]) {
		return false
	}
	switch strings.ToLower(text[q : q+2]) {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

// halfTimeWords may follow "by half" before the clause ends: "fell by half in 2024".
var halfTimeWords = fieldSet(`in since over during from after compared this last`)

// byBefore reports whether "by", perhaps with an approximating word after it, comes before the
// word at p: "down by half", "by roughly half", "by nearly half".
func byBefore(text string, p int) bool {
	w := wordBeforeLower(text, p)
	if w == "by" {
		return true
	}
	switch w {
	case "about", "roughly", "nearly", "almost", "around", "approximately", "some":
		k := strings.LastIndex(text[:p], w)
		return k > 0 && wordBeforeLower(text, k) == "by"
	}
	return false
}

// halfPronounNext are the words after "half" standing for a share of what a clause counts (see
// shareQualifierBefore): a preposition or an auxiliary.
var halfPronounNext = fieldSet(`from in at on by were was are is had have remain remained died`)

// shareQualifierBefore reports whether a qualifier of a share comes before p: "about", "nearly",
// "almost", "roughly", "approximately", "more than", "less than", "at least".
func shareQualifierBefore(text string, p int) bool {
	w, ws := wordBefore(text, p, false)
	switch strings.ToLower(w) {
	case "about", "nearly", "almost", "roughly", "approximately":
		return true
	case "than":
		v, _ := wordBefore(text, ws, false)
		v = strings.ToLower(v)
		return v == "more" || v == "less"
	case "least":
		v, _ := wordBefore(text, ws, false)
		return strings.ToLower(v) == "at"
	}
	return false
}

// spokenThousands reports whether a range's lower end lo, a whole number under 1,000 written
// without a multiplier, is in thousands as its upper end hi, a whole number of thousands, is:
// "15 to 30,000" as spoken for 15,000 to 30,000. The upper end must lie above the lower end so
// read and within five times it ("2 to 40,000" stays as written).
func spokenThousands(lo, hi num) bool {
	if lo.mult || hi.mult || hi.multWord > 0 || !lo.plainInt || lo.v < 2 || lo.v >= 1000 || hi.v < 1000 ||
		math.Mod(hi.v, 1000) != 0 || lo.v != math.Trunc(lo.v) {
		return false
	}
	return lo.v*1000 < hi.v && hi.v <= lo.v*1000*5
}

// oneOfTwoBefore reports whether a determiner that picks one of two stands before the word at
// p: "either half of the DMZ", "each half of the zone" (a half, not a share).
func oneOfTwoBefore(text string, p int) bool {
	w, _ := wordBefore(text, p, false)
	switch strings.ToLower(w) {
	case "either", "each", "neither", "this", "that", "which":
		return true
	}
	return false
}

// halfByAhead reports whether what follows "by half" ending at e ends its clause, a phrase of
// time or "and" following: "down by half.", "fell by half in 2024", "by half and cut exports".
func halfByAhead(text string, e int) bool {
	k := skipSpace1(text, e)
	nx := strings.ToLower(text[k:wordEnd(text, k)])
	return clauseEnd(text, e) || k > e && (halfTimeWords[nx] || nx == "and")
}

// halfShareAhead reports whether what follows a qualified "half" ending at e makes it half of
// what the clause counts: the clause's end, a preposition, an auxiliary or a verb in the past
// ("about half from influenza", "nearly half were wounded", "nearly half went to Albania").
func halfShareAhead(text string, e int) bool {
	k := skipSpace1(text, e)
	nx := strings.ToLower(text[k:wordEnd(text, k)])
	return clauseEnd(text, e) || k == e+1 && (halfPronounNext[nx] || pastVerb(nx) || irregularPasts[nx])
}
