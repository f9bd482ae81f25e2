package figure

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// qualifierBefore finds a qualifier ending just before i.
func qualifierBefore(text string, i, last int) (string, int) {
	w1, s1 := wordBefore(text, i, true)
	return qualifierBeforeWord(text, i, last, w1, s1)
}

// qualifierBeforeWord is qualifierBefore given the word before i and its start, as
// wordBefore(text, i, true) gives them.
func qualifierBeforeWord(text string, i, last int, w1 string, s1 int) (string, int) {
	// symbols: "~5", "< 3", "≈ 2"
	j := i
	if j > 0 && text[j-1] == ' ' {
		j--
	}
	if j > last {
		c := text[j-1]
		if c == '~' || c == '<' || c == '>' {
			return qualifiers[string(c)], j - 1
		}
		if c >= 0x80 {
			r, sz := utf8.DecodeLastRuneInString(text[:j])
			switch r {
			case '∼', '≈', '≥', '≤', '≳', '≲':
				return qualifiers[string(r)], j - sz
			}
		}
	}
	if w1 == "" || s1 < last {
		return "", i
	}
	if strings.EqualFold(w1, "every") {
		// "roughly every four months": a qualifier of the interval before "every"
		w0, s0 := wordBefore(text, s1, true)
		if q, qs := qualifierBeforeWord(text, s1, last, w0, s0); q == "about" || q == "approximately" || q == "nearly" || q == "almost" || q == "roughly" || q == "around" {
			return q, qs
		}
		return "", i
	}
	if lw := strings.ToLower(w1); lw == "perhaps" || lw == "probably" || lw == "maybe" || lw == "possibly" {
		// a hedged figure is about what it says ("control perhaps 90 percent of Luhansk"),
		// except a speaker's correction after a number: "about 60, maybe 70 rounds", "300 --
		// perhaps 400 meters"
		t := strings.TrimRight(text[:s1], " ")
		t = strings.TrimRight(strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(t, ","), "--"), "—"), " ")
		if t != "" && (isDigit(t[len(t)-1]) || isNumberWord(strings.ToLower(t[strings.LastIndexByte(t, ' ')+1:]))) {
			return "", i
		}
		return "about", s1
	}
	// The keys of one, two and three words are built lower-cased in buffers on the stack.
	var b1, b2, b3 [32]byte
	l1 := appendLower(b1[:0], w1)
	if !qualifierLast.mayHaveBytes(l1) {
		return "", i // every key looked up below ends in w1
	}
	if w2, s2 := qualifierWordBefore(text, s1); w2 != "" && s2 >= last {
		l21 := append(append(appendLower(b2[:0], w2), ' '), l1...) // "w2 w1"
		if string(l21) == "up to" && phrasalUpBefore(text, s2) {
			return "", i // "releases were stepped up to 45,000 cfs": a verb's particle, then "to"
		}
		if q, ok := lookupQualifier(l21); ok && q != "" {
			if w3, s3 := qualifierWordBefore(text, s2); w3 != "" && s3 >= last {
				l321 := append(append(appendLower(b3[:0], w3), ' '), l21...)
				if q3, ok := lookupQualifier(l321); ok && q3 != "" {
					return q3, s3
				}
				if w4, s4 := wordBefore(text, s3, false); string(l1) == "than" && s4 >= last && eqFold(w4, "a") {
					// "a little less than", "a bit more than"
					var b4 [40]byte
					if q4, ok := lookupQualifier(append(append(appendLower(b4[:0], w4), ' '), l321...)); ok && q4 != "" {
						return q4, s4
					}
				}
			}
			return q, s2
		}
		if w3, s3 := qualifierWordBefore(text, s2); w3 != "" && s3 >= last {
			l321 := append(append(appendLower(b3[:0], w3), ' '), l21...)
			if q3, ok := lookupQualifier(l321); ok && q3 != "" {
				return q3, s3
			}
			if w4, s4 := wordBefore(text, s3, false); w4 != "" && s4 >= last && (string(l1) == "of" && (len(w4) <= 2 || len(w4) <= 5 && string(l21) == "age of") || string(l1) == "than" && eqFold(w4, "a")) {
				// four words: "on the order of", "in the neighborhood of", "under the age of",
				// "a little less than", "a bit more than"
				var b4 [40]byte
				if q4, ok := lookupQualifier(append(append(appendLower(b4[:0], w4), ' '), l321...)); ok && q4 != "" {
					return q4, s4
				}
			}
		}
	}
	if q, ok := lookupQualifier(l1); ok && q != "" && q != "between" {
		if q == "over" && overParticle(text, s1, last) && !(takeForms[strings.ToLower(wordBeforeLower(text, s1))] && durationAfter(text, i)) {
			return "", i // "turned over 208 boxes", "authority over 13 offenses": no qualifier
		}
		if q == "under" && strings.HasPrefix(text[s1:], "under") && (underPreposition(text, s1) || beneathCover(text, i)) {
			return "", i // "organized under six operational bases": where, not fewer than
		}
		return q, s1
	}
	return "", i
}

// qualifierOverArticle finds a qualifier before the "a" or "an" that ends at i, whose
// figure is an adjective of a noun after it: "roughly a four-hour period", "more than a
// fourfold increase". Only qualifiers of size count: "over a four-hour period" is when.
func qualifierOverArticle(text string, i, last int) (string, int) {
	w, s := wordBefore(text, i, false)
	if s < last || w != "a" && w != "an" {
		return "", i
	}
	switch q, qs := qualifierBefore(text, s, last); q {
	case "about", "approximately", "roughly", "nearly", "almost", "more-than", "less-than", "fewer-than":
		return q, qs
	}
	return "", i
}

// overParticle reports whether the "over" at s follows a verb whose particle it is or a noun
// of power it governs ("turned over", "handed over", "took over", "authority over", "control
// over"): then it says nothing of the number after it.
func overParticle(text string, s, last int) bool {
	w, ws := wordBefore(text, s, false)
	if w == "" || ws < last {
		return false
	}
	return overHeads[strings.ToLower(w)]
}

// takeForms are the forms of "take", whose "over" before a duration is more than ("the passage
// took over 12 hours"), not the particle of "took over".
var takeForms = fieldSet(`took take takes taking taken`)

// numberWordEnd returns the end of the number at i, in digits (with thousands separators and a
// decimal point) or one number word, or i when none begins there.
func numberWordEnd(text string, i int) int {
	j := i
	for j < len(text) && (isDigit(text[j]) || text[j] == ',' || text[j] == '.') {
		j++
	}
	if j == i {
		if w, _, we := wordAt(text, i); isNumberWord(strings.ToLower(w)) {
			return we
		}
	}
	return j
}

// durationAfter reports whether a number at i is followed by a unit of time: "12 hours".
func durationAfter(text string, i int) bool {
	j := numberWordEnd(text, i)
	if j == i {
		return false
	}
	u, _, _ := wordAt(text, j)
	_, ok := rateTimes[strings.TrimSuffix(strings.ToLower(u), "s")]
	return ok
}

// overHeads: see overParticle.
var overHeads = fieldSet(`turned turn turns turning handed hand hands handing took take takes taking taken
passed pass passes passing signed sign signs authority control jurisdiction command power
responsibility oversight sovereignty place`)

// lookupQualifier looks a key lower-cased into a buffer up in qualifiers, after qualifierWhole.
func lookupQualifier(key []byte) (string, bool) {
	if !qualifierWhole.mayHaveBytes(key) {
		return "", false
	}
	q, ok := qualifiers[string(key)]
	return q, ok
}

// timesSign returns the position after " x " or " × " and the thing it multiplies, as lists of
// equipment write so many of a thing ("2 x F-15E"), or 0 when none follows e.
func timesSign(text string, e int) int {
	for _, sign := range [...]string{" x ", " × "} {
		if strings.HasPrefix(text[e:], sign) {
			if k := e + len(sign); k < len(text) && (isLetter(text[k]) || isDigit(text[k])) {
				return k
			}
		}
	}
	return 0
}

// changeFromTo reports whether the number at start follows "from" after a verb of change and
// "to" follows it at pos: "rose from 30 to 45" states two values, a start and an end, not a
// range.
func changeFromTo(text string, start, pos int) bool {
	if !strings.HasPrefix(text[pos:], " to ") {
		return false
	}
	from, fs := wordBefore(text, start, false)
	if !eqFold(from, "from") {
		return false
	}
	// a start with its own unit or currency may follow a long object ("brings the total
	// cumulative face value of the contract from $1.16 billion to $1.42 billion"); a bare
	// number only a short one ("from 70 to 78°C" is a range)
	reach := changeObjectWords
	if strings.IndexFunc(text[start:pos], func(r rune) bool { return !unicode.IsDigit(r) && r != ',' && r != '.' && r != ' ' }) < 0 {
		reach = shortChangeObjectWords
	}
	return changeVerbBefore(text, fs, reach)
}

// changeVerbBefore reports whether a verb of change ends the text before i, or comes at most
// reach words before it, all in one clause: "rose from", "raise 155mm shell
// production from", "cut the force from", "brings the total cumulative face value of the
// contract from".
func changeVerbBefore(text string, i, reach int) bool {
	for n := 0; n <= reach; n++ {
		e := i
		for e > 0 && text[e-1] == ' ' {
			e--
		}
		if e == i && n > 0 || e == 0 {
			return false
		}
		b := e
		for b > 0 && text[b-1] != ' ' {
			b--
		}
		w := text[b:e]
		if n == 0 && strings.HasSuffix(w, ",") && changeVerbs[strings.ToLower(w[:len(w)-1])] {
			return true // "more than doubled, from 1.86 percent to 4.12 percent"
		}
		if strings.ContainsAny(w, ".,;:!?()[]\"") {
			return false // punctuation: another clause
		}
		if changeVerbs[strings.ToLower(w)] {
			return true
		}
		if changeParticles[strings.ToLower(w)] && phrasalChangeVerbs[wordBeforeLower(text, b)] {
			return true // "scaled back from 20,000 to about 6,000 soldiers", "ramped up from 300 to 500"
		}
		if clauseWords[strings.ToLower(w)] {
			return false // "attacks rose from 30 to 45 while troops served from 6 to 9 months"
		}
		i = b
	}
	return false
}

// changeObjectWords and shortChangeObjectWords: see changeVerbBefore and changeFromTo.
const (
	changeObjectWords      = 10
	shortChangeObjectWords = 4
)

// changeByTo reports whether the number at start follows "by" after a verb of change, carries its
// own unit or currency (hasUnit, before "to" at pos), and hi, after "to", is at least five times
// it: "grows by $3.1 billion to $143.2 billion", "extended by 600 feet to 8,000 feet" state a
// change and the level it reaches, two figures; "cut by 10 to 15 percent" and "rose by 5% to 8%"
// stay ranges.
func changeByTo(text string, start, pos int, lo, hi num, hasUnit bool) bool {
	if !hasUnit || lo.v <= 0 || hi.v < 5*lo.v || !strings.HasPrefix(text[pos:], " to ") {
		return false
	}
	by, bs := wordBefore(text, start, false)
	if !eqFold(by, "by") {
		return false
	}
	return changeVerbs[wordBeforeLower(text, bs)]
}

// clauseWords begin a clause, which a verb of change before them does not reach.
var clauseWords = fieldSet(`while whereas but although though because when whenever which who where`)

// changeVerbs are verbs of change, after which "from" and "to" give a value's start and end.
var changeVerbs = fieldSet(`rose risen rise rises rising fell fallen fall falls falling increased
increase increases increasing decreased decrease decreases decreasing grew grown grow grows
growing dropped drop drops dropping declined decline declines declining climbed climb climbs
jumped jump jumps doubled tripled halved shrank shrunk shrink shrinks surged soared plunged
plummeted slipped edged cut cuts reduced reduce reduces raised raise raises expanded expand
boosted lowered changed went extended extend extends lengthened shortened brings brought bring
bringing shrinking reducing cutting trimming trimmed trim lowering raising expanding boosting
boost boosts lift lifts lifted lifting
deepen deepened deepening deepens widen widened widening widens lengthen lengthening narrowed narrowing`)

// changeParticles and phrasalChangeVerbs make verbs of change of two words: "scaled back",
// "drawn down", "ramped up", "pared back", "built up".
var (
	changeParticles    = fieldSet(`back down up off`)
	phrasalChangeVerbs = fieldSet(`scaled scale scales scaling pared pare pares paring drawn drew draw draws
drawing ramped ramp ramps ramping built build builds building stepped step steps stepping wound wind
winds winding slimmed slim beefed beef dialed dialled dial ratcheted ratchet ticked tick bumped bump
sized size marked mark ran run tapered taper throttled throttle powered power cut cuts cutting came
come comes went go goes`)
)

// qualifierWordBefore returns the word before i in a qualifier of several words, joined to it
// by spaces or, as in "not-to-exceed", by a hyphen.
func qualifierWordBefore(text string, i int) (string, int) {
	if i > 1 && text[i-1] == '-' && isLetter(text[i-2]) {
		return wordBefore(text, i-1, false)
	}
	return wordBefore(text, i, false)
}

func utf8RuneLen(s string) int {
	_, n := utf8.DecodeRuneInString(s)
	return n
}

// underPreposition reports whether "under" at s1 follows a verb of grouping or placing, so that
// it says what holds a thing, not fewer than: "organized under six bases", "falls under two
// commands".
func underPreposition(text string, s1 int) bool {
	w, _ := wordBefore(text, s1, false)
	return underVerbs[strings.ToLower(w)]
}

// underVerbs: see underPreposition.
var underVerbs = fieldSet(`organized organised grouped placed assigned divided arranged consolidated reorganized
reorganised fall falls fell serve serves served operate operates operated come comes came brought subordinated`)

// phrasalUpBefore reports whether "up" at s2 is the particle of a verb before it ("stepped up",
// "ramped up", "built up"), so that "up to" is no qualifier.
func phrasalUpBefore(text string, s2 int) bool {
	w, _ := wordBefore(text, s2, false)
	return phrasalUpVerbs[strings.ToLower(w)]
}

// phrasalUpVerbs: see phrasalUpBefore.
var phrasalUpVerbs = fieldSet(`stepped ramped built scaled ratcheted geared sped picked revved cranked stepping ramping
building scaling step ramp`)

// beneathCover reports whether the number at i is a depth of something that covers ("under 6
// feet of water", "under 2 meters of snow"): "under" is then beneath, not less than.
func beneathCover(text string, i int) bool {
	j := numberWordEnd(text, i)
	if j == i {
		if w, _, we := wordAt(text, i); w == "a" || w == "an" {
			j = we // ("under a meter of water")
		} else {
			return false
		}
	}
	// a range's upper end: "under 4 to 6 feet of water"
	for _, sep := range [...]string{" to ", " or ", "-"} {
		if strings.HasPrefix(text[j:], sep) && j+len(sep) < len(text) && isDigit(text[j+len(sep)]) {
			j += len(sep)
			for j < len(text) && (isDigit(text[j]) || text[j] == ',' || text[j] == '.') {
				j++
			}
			break
		}
	}
	u, _, ue := wordAt(text, j)
	switch strings.ToLower(u) {
	case "feet", "foot", "ft", "inches", "inch", "in", "meters", "metres", "meter", "metre", "m", "yards", "centimeters", "centimetres", "cm":
	default:
		return false
	}
	rest, ok := strings.CutPrefix(text[ue:], " of ")
	if !ok {
		return false
	}
	c := strings.ToLower(rest[:wordEnd(rest, 0)])
	switch c {
	case "water", "floodwater", "floodwaters", "snow", "mud", "rubble", "debris", "ice", "sand", "ash", "earth", "soil", "silt", "seawater", "concrete", "rock":
		return true
	}
	return false
}
