package place

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-archive/sitrep/generator/annotate/gazetteer"
)

// The scanner: a segment's words (tokenize) and the rules that accept or reject a name
// found in the trie where it stands (accept), before any place is chosen.

// token is one word of a segment.
type token struct {
	start, end int   // byte offsets in the segment
	fs, fe     int32 // folded bytes in the scan buffer
	upper      bool  // starts with an upper-case letter
	allUpper   bool  // two or more letters, all upper case
	join       bool  // only spaces, a hyphen or an abbreviation's dot before the next token
	title      bool  // on a line in title case (a heading)
	contracted bool  // an English contraction ("I’ve", "We'll"): never a place
	plain      bool  // ASCII letters only
}

// raw is an accepted name occurrence before resolution.
type raw struct {
	seg, start, end int
	ti, tj          int // first and last token
	group           int
	weak            bool // needed support when accepted
	attributive     bool // written before a noun of forces or officials (see scanner.attributive)
}

// group is every occurrence of one key in a document; all resolve to one place.
type group struct {
	out     int32
	variant uint8 // vPlain, vAbbr (abbreviations after "Place, "), vRegion1/2, vCity (suffixed)
	cands   []cand
	prior   []float64
	weak    bool
	// needNear: weak, and a confident place of the same country does not suffice: support
	// must come from a list neighbour, "X, Y", or a confident place within 300 km.
	needNear bool
	// nearOwn: needNear, and the place nearby must lie in the same country: a small town
	// abroad found by another of its names, which spellings across a border share
	// ("Banjska", a Kosovo village, is an old name of Bansko, Bulgaria)
	nearOwn bool
	chosen  int
	word    string // the folded word of a one-word plain name, else ""
	name    string // the folded words of the name as first found, joined by spaces
	cue     bool   // written right after a preposition of place somewhere ("in Albany")
	// facility: written before the generic name of the airfield or base it stands by
	// ("Aviano Air Base") or after an air force's station prefix ("RAF Lakenheath"): a
	// place, not a person's or a firm's name
	facility bool
	hidden   bool // only inside organisations' names: votes, is never shown
	dateline bool // written as a dateline somewhere ("NEW YORK (AP) -"): a city
	// accented: the name as written with letters beyond ASCII ("Ørland"), when a candidate
	// spells it so; candidates that do not are dropped (keepSpelled)
	accented string
	// spelledApart: the accented spelling set this name apart from namesakes spelled
	// otherwise ("Ørland", not Orland): a place the writer chose, needing no support nearby
	spelledApart bool
	polity       bool  // written somewhere before a government's title ("Quebec Health Minister")
	contains     []int // groups named right after this one as "X, Y" or "X in Y"
	holds        []int // groups named right before this one so: this is their Y
	nearby       []int // groups listed next to this one ("Qaim, Huwija, Rawa")
	drop         bool
	// demonymOf: countries of demonyms written before this name as "the Greek island of X"
	demonymOf []string
	// countryName: one of the candidates is a country (the name is a country's)
	countryName bool
	// worldCity: one of the candidates is a capital of worldCityPop people or more
	worldCity bool
	// bigSeat: one of the candidates, found by its own name, is the seat of a first-level
	// region with half a million people or more ("Stuttgart")
	bigSeat bool
	// seatCity: one of the candidates is a national capital or the seat of a first-level
	// region, of landmarkPop people or more, by any of its names ("Lisbon", "Geneva")
	seatCity bool
	// bigMain: one of the candidates is a city of landmarkPop people or more found by its own
	// name
	bigMain bool
	// bigMainPop: the people of the most populous such city (0 when bigMain is false)
	bigMainPop int
	// mainPop: the people of the most populous town among the candidates found by their own
	// name, of any size
	mainPop int
	// bigPop, bigCountry: the people and country of the most populous town among the
	// candidates (see smallNamesake)
	bigPop     int
	bigCountry string
	// lone: a one-word name of small places only that will need a confident place nearby
	// (see disambiguate)
	lone bool
	// lower: whether the document writes word in lower case (see writtenLower), once asked:
	// 0 not yet known, 1 no, 2 yes
	lower    uint8
	voteW    float64 // weight of the group's vote (see voteWeight)
	mentions int     // times the name is written in the document
	// attributive: times the name is written as a modifier or a subject ("U.S. sailors",
	// "Iraq said"), not as where something is (see attributive)
	attributive int
	// inOrg, inOrgActor: times the name is written inside an organisation's name, and of
	// those before a noun of forces ("US Air Force")
	inOrg, inOrgActor int
	// actor: a country's name written only before a noun of forces, officials or their
	// craft ("U.S. sailors", "U.S. Navy"; see attributive): it says who acts, not where.
	// Briefings name the nationality of forces in every paragraph, wherever they are: "U.S.
	// sailors visited Athens" is in Greece, not Georgia. Its vote counts towards no share and
	// no namedBonus, unless the country is also named as a place ("UK government officials
	// ... in the United Kingdom").
	actor bool
}

var dayMonth = wordSet(`monday tuesday wednesday thursday friday saturday sunday january february
march april may june july august september october november december jan feb mar apr jun jul aug
sep sept oct nov dec`)

var lowerOK = wordSet(`province governorate district county city town valley river mountains
mountain axis pocket region desert lake sea ocean gulf strait dam wilayat oblast state raion qadaa prefecture
of the and`)

var abbrevs = wordSet(`mr mrs ms dr col gen lt sgt capt maj adm gov sen rep st mt ft jr sr prof rev
cpl pvt brig cmdr no vol lieut cdr spc`)

// Group variants: how the name was qualified in the text.
const (
	vPlain   uint8 = iota
	vAbbr          // "Ga." after "Rome, "
	vRegion1       // "Kirkuk province"
	vRegion2       // "Hawija district"
	vCity          // "Kirkuk city"
)

// rejection reasons that matter beyond one occurrence
const (
	rejNone = iota
	rejOther
	rejPerson  // part of a longer capitalised name ("Rob Manning"): the name is a person's here
	rejContext // part of a longer name here: a shorter name inside it is no place either
)

// scanner holds the state of one Resolve call.
type scanner struct {
	m    *Matcher
	buf  []byte
	toks []token
	seg  string
}

func (s *scanner) word(i int) string { return string(s.buf[s.toks[i].fs:s.toks[i].fe]) }

// wordIn reports whether the folded word of token i is in set, whose shapes are given.
func (s *scanner) wordIn(set map[string]bool, shapes *wordShapes, i int) bool {
	w := s.buf[s.toks[i].fs:s.toks[i].fe]
	return shapes.mayHold(w) && set[string(w)]
}

// textWords is what the scanner notes of the words of a document as it reads them, for
// questions asked of the whole document afterwards: the cues of American local news
// (usRegister) and the words that may be written in lower case (lowerWord).
type textWords struct {
	register registerSeen
	// lower: the bit lowerBit of each word of ASCII letters that may be in lower case; a word
	// whose bit is clear is nowhere written so
	lower [lowerBits / 64]uint64
}

// lowerBits: the bits of textWords.lower.
const lowerBits = 4096

// lowerBit returns the bit of textWords.lower for a word of two or more ASCII letters in
// either case, from its length and its first, second and last letters in lower case.
func lowerBit[S ~string | ~[]byte](w S) uint32 {
	h := uint32(len(w)) ^ uint32(w[0]|0x20)<<8 ^ uint32(w[1]|0x20)<<16 ^ uint32(w[len(w)-1]|0x20)<<24
	return h * 0x9e3779b1 >> 20 // 12 bits: lowerBits
}

func (tw *textWords) addLower(w []byte) {
	if len(w) >= 2 {
		b := lowerBit(w)
		tw.lower[b/64] |= 1 << (b % 64)
	}
}

// mayBeLower reports whether the document may write w, a folded word, in lower case as a
// whole word: false only when lowerWord would be false.
func (tw *textWords) mayBeLower(w string) bool {
	if len(w) < 2 {
		return true // a possessive's "s" is in no token
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return true
		}
	}
	b := lowerBit(w)
	return tw.lower[b/64]&(1<<(b%64)) != 0
}

// noteWords notes in tw the words of the segment's tokens. A whole word of ASCII letters
// (what usRegister and lowerWord look for) lies inside a token, except the "s" of a
// possessive; a plain token is one such word, and its folded form is its letters in lower
// case. A word written in lower case as a whole word is a plain token that starts in lower
// case or a word of ASCII letters inside another token.
func (s *scanner) noteWords(tw *textWords) {
	for i := range s.toks {
		t := &s.toks[i]
		if t.plain {
			w := s.buf[t.fs:t.fe]
			if registerCueShapes.mayHold(w) {
				tw.register.cue(s.seg, t.start, w)
			}
			if !t.upper {
				tw.addLower(w)
			}
			continue
		}
		for p := t.start; p < t.end; {
			if !asciiLetter(s.seg[p]) {
				p++
				continue
			}
			q := p
			for q < t.end && asciiLetter(s.seg[q]) {
				q++
			}
			tw.register.word(s.seg, p, q)
			if q-p >= 2 {
				b := lowerBit(s.seg[p:q])
				tw.lower[b/64] |= 1 << (b % 64)
			}
			p = q
		}
	}
}

func (s *scanner) tokenize(seg string) {
	s.seg = seg
	s.buf = s.buf[:0]
	s.toks = s.toks[:0]
	open := false
	var cur token
	letters, uppers := 0, 0
	closeTok := func() {
		if open {
			cur.fe = int32(len(s.buf))
			cur.allUpper = letters >= 2 && uppers == letters
			cur.plain = cur.end-cur.start == letters // each byte a letter: ASCII
			s.toks = append(s.toks, cur)
			open = false
		}
	}
	for i := 0; i < len(seg); {
		r, size := rune(seg[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(seg[i:])
		}
		var f string
		isUp := false
		switch {
		case 'a' <= r && r <= 'z' || '0' <= r && r <= '9':
			s.buf = append(s.buf, byte(r))
		case 'A' <= r && r <= 'Z':
			s.buf = append(s.buf, byte(r)+'a'-'A')
			isUp = true
		case r < utf8.RuneSelf && r != '\'' && r != '`':
			closeTok()
			i += size
			continue
		case isApostrophe(r):
			if open {
				// possessive 's ends the word
				j := i + size
				if j < len(seg) && (seg[j] == 's' || seg[j] == 'S') {
					k := j + 1
					if k >= len(seg) || !isWordByte(seg, k) {
						closeTok()
						i = k
						continue
					}
				}
				if isContraction(seg[j:]) {
					cur.contracted = true
				}
				if letters == 1 && !cur.upper && j < len(seg) {
					// an elided article before a capital is a capitalised word: "d'Ivoire"
					if r, _ := utf8.DecodeRuneInString(seg[j:]); unicode.IsUpper(r) {
						cur.upper = true
					}
				}
				cur.end = i + size
			}
			i += size
			continue
		default:
			f = s.m.fold.fold(r)
			if f == drop {
				if open {
					cur.end = i + size
				}
				i += size
				continue
			}
			if strings.IndexByte(f, ' ') >= 0 {
				closeTok()
				i += size
				continue
			}
			s.buf = append(s.buf, f...)
			isUp = unicode.IsUpper(r)
		}
		if !open {
			open = true
			cur = token{start: i, fs: int32(len(s.buf) - max(1, len(f)))}
			if f != "" {
				cur.fs = int32(len(s.buf) - len(f))
			}
			cur.upper = isUp
			letters, uppers = 0, 0
		}
		if unicode.IsLetter(r) {
			letters++
			if isUp {
				uppers++
			}
		}
		cur.end = i + size
		i += size
		// the rest of a run of lower-case ASCII letters, the commonest bytes, at once
		run := i
		for run < len(seg) && 'a' <= seg[run] && seg[run] <= 'z' {
			run++
		}
		if run > i {
			s.buf = append(s.buf, seg[i:run]...)
			letters += run - i
			cur.end = run
			i = run
		}
	}
	closeTok()
	// joins and title-case lines
	lineStart := 0
	for t := range s.toks {
		last := t+1 == len(s.toks)
		if !last {
			// one space, the commonest gap, joins and holds no line feed
			if gap := seg[s.toks[t].end:s.toks[t+1].start]; gap == " " {
				s.toks[t].join = true
			} else {
				s.toks[t].join = s.joinable(t)
				last = hasNewline(gap)
			}
		}
		if last {
			s.markTitle(lineStart, t+1)
			lineStart = t + 1
		}
	}
}

// hasNewline reports whether s holds a line feed. The gaps between words it is asked about
// are mostly a byte or two, which a loop reads faster than a call to strings.IndexByte.
func hasNewline(s string) bool {
	if len(s) > 16 {
		return strings.IndexByte(s, '\n') >= 0
	}
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			return true
		}
	}
	return false
}

// isContraction reports whether s (the text after an apostrophe) starts with the end of an
// English contraction: ve, ll, re, d, m or t, then no further letter.
func isContraction(s string) bool {
	n := 0
	for n < len(s) && n < 3 && ('a' <= s[n] && s[n] <= 'z' || 'A' <= s[n] && s[n] <= 'Z') {
		n++
	}
	if n == 3 || n < len(s) && isWordByte(s, n) {
		return false
	}
	switch strings.ToLower(s[:n]) {
	case "ve", "ll", "re", "d", "m", "t":
		return true
	}
	return false
}

func isWordByte(seg string, k int) bool {
	r, _ := utf8.DecodeRuneInString(seg[k:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func (s *scanner) joinable(t int) bool {
	gap := s.seg[s.toks[t].end:s.toks[t+1].start]
	if gap == " " {
		return true // the commonest gap
	}
	if len(gap) == 0 || len(gap) > 4 {
		return len(gap) == 0
	}
	dots := 0
	for _, r := range gap {
		switch r {
		case ' ', '\u00a0', '-', '\u2010', '\u2011':
		case '.':
			dots++
		default:
			return false
		}
	}
	return dots == 0 || dots == 1 && s.toks[t].fe-s.toks[t].fs <= 3
}

// markTitle marks the tokens of a line written in title case: at least two words of four or
// more letters, three quarters of them capitalised, and none of them an ordinary word in lower
// case ("officials"; function words and prepositions aside: "Troops Return from Mosul"), nor a
// full stop after a word at its end. A sentence dense with names ("Maj. Gen. Paris Davis and
// Col. Sydney Jackson met officials in Baghdad.") is no heading.
func (s *scanner) markTitle(a, b int) {
	n, up := 0, 0
	for t := a; t < b; t++ {
		if s.toks[t].fe-s.toks[t].fs >= 4 && !isDigit(s.buf[s.toks[t].fs]) {
			n++
			if s.toks[t].upper {
				up++
			} else if w := s.word(t); !stopWords[w] && !modifierWords[w] {
				return
			}
		}
	}
	if b > a {
		last := s.toks[b-1]
		rest := strings.TrimSpace(s.seg[last.end:])
		if nl := strings.IndexByte(rest, '\n'); nl >= 0 {
			rest = strings.TrimSpace(rest[:nl])
		}
		if rest == "." && last.fe-last.fs > 3 && !last.allUpper {
			return
		}
	}
	if n >= 2 && up*4 >= n*3 {
		for t := a; t < b; t++ {
			s.toks[t].title = true
		}
	}
}

func isDigit(b byte) bool { return '0' <= b && b <= '9' }

// sentenceStart reports whether token t starts a sentence (or the segment, or a line).
func (s *scanner) sentenceStart(t int) bool {
	i := s.toks[t].start
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(s.seg[:i])
		switch r {
		case ' ', '\t', '\u00a0', '"', '“', '”', '\'', '‘', '’', '(', '[', '*', '—', '–', '-':
			i -= size
			continue
		case '\n', '\r', '!', '?', ':', ';':
			return true
		case '.':
			if t > 0 && s.toks[t-1].end == i-1 {
				w := s.word(t - 1)
				if len(w) == 1 || abbrevs[w] {
					return false
				}
			}
			return true
		}
		return false
	}
	return true
}

// dashAfter reports whether token t is followed by a dash between spaces and a capitalised
// word, as a dateline is ("DAYTON - A man ...", "DAYTON -- The City Council ...").
func (s *scanner) dashAfter(t int) bool {
	rest := strings.TrimLeft(s.seg[s.toks[t].end:], " \u00a0")
	for _, d := range []string{"--", "-", "—", "–"} {
		if r, ok := strings.CutPrefix(rest, d); ok {
			if !strings.HasPrefix(r, " ") && !strings.HasPrefix(r, "\u00a0") {
				return false
			}
			c, _ := utf8.DecodeRuneInString(strings.TrimLeft(r, " \u00a0"))
			return unicode.IsUpper(c)
		}
	}
	return false
}

// codeWord reports whether a folded word starts with a digit and holds a letter ("34th",
// "2aa").
func codeWord(w string) bool {
	if w == "" || !isDigit(w[0]) {
		return false
	}
	for i := 1; i < len(w); i++ {
		if 'a' <= w[i] && w[i] <= 'z' {
			return true
		}
	}
	return false
}

// saints are the words that open a saint's name ("St. Peter", "Saint George").
var saints = wordSet(`st saint ste sainte san santa santo sao`)

// possessiveName reports whether the text at end goes on with a possessive and the word of a
// church, a school, a hospital or a square: a saint's name so followed names that ("St.
// Peter's Basilica", "St George's Chapel"), not the town ("St. Petersburg's airport" stays).
func (s *scanner) possessiveName(end int) bool {
	rest := s.seg[end:]
	for _, p := range []string{"'s ", "’s "} {
		if r, ok := strings.CutPrefix(rest, p); ok {
			w, _, _ := strings.Cut(r, " ")
			c, _ := utf8.DecodeRuneInString(w)
			w = strings.ToLower(strings.TrimRight(w, ".,;:"))
			return unicode.IsUpper(c) && (orgHeads[w] || saintsPlaces[w])
		}
	}
	return false
}

// possessiveCap reports whether the text at end goes on with a possessive and a capitalised
// word: a saint's given name so followed ("St. John's Lutheran School", "St. Mary's High
// School") names an institution called after the saint, not a town of the saint's name.
func (s *scanner) possessiveCap(end int) bool {
	rest := s.seg[end:]
	for _, p := range []string{"'s ", "’s "} {
		if r, ok := strings.CutPrefix(rest, p); ok {
			c, _ := utf8.DecodeRuneInString(r)
			return unicode.IsUpper(c)
		}
	}
	return false
}

// saintsPlaces name buildings and squares called after saints (with orgHeads).
var saintsPlaces = wordSet(`basilica cathedral chapel abbey square catholic episcopal parish priory`)

// saintsDay reports whether the text after a name is a possessive and "Day" ("'s Day").
func saintsDay(rest string) bool {
	for _, p := range []string{"'s Day", "’s Day"} {
		if r, ok := strings.CutPrefix(rest, p); ok {
			return r == "" || !unicode.IsLetter(rune(r[0]))
		}
	}
	return false
}

// regionAfterComma reports whether token t is followed by ", " and the name or abbreviation of
// a country or first-level region ("ROANOKE, Va.", "MOSUL, Iraq").
func (s *scanner) regionAfterComma(t int) bool {
	if t+1 >= len(s.toks) || !s.toks[t+1].upper || strings.TrimSpace(s.seg[s.toks[t].end:s.toks[t+1].start]) != "," {
		return false
	}
	m := s.m
	n := int32(0)
	for k := t + 1; k < len(s.toks) && k <= t+4; k++ {
		for p := s.toks[k].fs; p < s.toks[k].fe; p++ {
			if n = m.trie.child(n, s.buf[p]); n == 0 {
				return false
			}
		}
		if o := m.trie.out[n]; o >= 0 {
			for _, c := range m.outs[o].cands {
				if e := m.ent(c.e); e.Kind == gazetteer.Country || e.Kind == gazetteer.Region1 {
					return true
				}
			}
		}
		if !s.toks[k].join {
			return false
		}
	}
	return false
}

// spelledAsName reports whether a candidate found by a name, not an abbreviation, has that
// name spelled exactly as surface.
func (m *Matcher) spelledAsName(surface string, cs []cand) bool {
	for _, c := range cs {
		if c.flags&fAbbr != 0 {
			continue
		}
		e := m.ent(c.e)
		if e.Name == surface || e.ASCII == surface || slices.Contains(e.Alt, surface) {
			return true
		}
	}
	return false
}

// spelledExactly reports whether surface is exactly one of the candidates' names.
func (m *Matcher) spelledExactly(surface string, cs []cand) bool {
	for _, c := range cs {
		e := m.ent(c.e)
		if e.Name == surface || e.ASCII == surface {
			return true
		}
		for _, a := range e.Alt {
			if a == surface {
				return true
			}
		}
		for _, a := range e.Abbr {
			if a == surface {
				return true
			}
		}
	}
	return false
}

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
	if (hasAbbr || initialismDot) && end < len(s.seg) && s.seg[end] == '.' {
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
	if j > i && articles[s.word(i)] && !s.toks[i].upper {
		first = i + 1
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
	// So is a one-word name after a rank and a given name ("Lt. Cmdr. Victoria Chen" is no
	// Chenzhou, once Chen), the given name being no rank itself (see above).
	if i == j && i >= 2 && s.toks[i-1].upper && !s.toks[i-1].allUpper && s.seg[s.toks[i-1].end:s.toks[i].start] == " " && !ranks[s.word(i-1)] &&
		s.toks[i-2].upper && ranks[s.word(i-2)] && s.rankGap(i-2) {
		if m.namesCountry(o) {
			return end, false, false, false, rejOther
		}
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
	// "Camp" names a military post the gazetteer lacks ("Fort Wainwright", "Camp Ripley"), not
	// the place; a post the gazetteer has matched whole first ("Fort Bragg", "Fort Campbell").
	if s.afterNameHead(i) {
		return end, false, false, false, rejContext
	}
	// A name after a hyphen in a joint base's name is that of an installation merged into it
	// ("Joint Base San Antonio-Randolph" is no Randolph, Massachusetts).
	if s.mergedBase(i) {
		return end, false, false, false, rejContext
	}
	// A name right after the head of a command's name ends that name ("U.S. Naval Forces
	// Europe", "U.S. Forces Korea", "U.S. Army Europe"): no place is shown, but it votes as a
	// name inside an organisation's does.
	if i >= 1 && s.toks[i-1].upper && s.toks[i-1].join && s.seg[s.toks[i-1].end] == ' ' && commandHeads[s.word(i-1)] {
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
	// A name in a ship's name is no place ("USS New York", "USS Mount Whitney", "HMS Queen
	// Elizabeth").
	if s.inShipName(i) {
		if i == j && m.smallOnly(o) {
			// a ship named after a person or a small town is that ship elsewhere in the
			// document too ("USS Carney ... the Carney's crew"), as a person's name is
			return end, false, false, false, rejPerson
		}
		// nor does a ship's name say where the text is ("USS Mason" gives no vote to Mason,
		// Ohio)
		return end, false, false, false, rejOther
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
	if kinds&kCommonWord != 0 && !spelled && !aliasOnly {
		if s.sentenceStart(first) || !m.spelledExactly(surface, out.cands) {
			return end, false, false, false, reason
		}
		weak = true
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
		if prev != nil && prev.seg >= 0 && strings.TrimSpace(s.seg[prev.end:s.toks[i].start]) == "," {
			abbrOnly = true
		} else {
			other := false
			for _, c := range out.cands {
				other = other || c.flags&fAbbr == 0
			}
			if !other || end > s.toks[j].end && !m.spelledAsName(surface, out.cands) {
				// written as the abbreviation, with its dot, but not after "Place, ": no
				// other place of that name either ("Sen. Bob Casey, D-Pa." is not Pa,
				// China), unless one is spelled so ("L.A.")
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
	// A name after a model's designation names the model: "UH-60 Black Hawk", "AH-64 Apache",
	// "MQ-9 Reaper", "MIM-104 Patriot".
	if afterDesignation(s.seg[:s.toks[i].start]) {
		return end, false, false, false, rejOther
	}
	// A small town's or county's name before a noun of aircraft or weapons names the model
	// ("Hercules transports", "Chinook helicopters", "Reaper drones", "Puma unmanned aerial
	// systems", "Tomahawk missiles", "Bradley fighting vehicles", "Black Hawk helicopters"), not
	// the town (Hercules, California; Puma, Tanzania) nor the county (Black Hawk County, Iowa).
	if s.craftAhead(end) && m.townsOrCounties(o) {
		return end, false, false, false, rejOther
	}
	// A name between "the" and a noun of a warship names the ship, whatever the place's size:
	// "the Moskva cruiser" is no Moscow, "the Kursk submarine" no Kursk (warshipAhead).
	if s.warshipAhead(i, end) {
		return end, false, false, false, rejOther
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
	// Part of an organisation's name: "<Head> of X" ("State of Iraq").
	if i >= 2 && s.toks[i-2].join && s.toks[i-1].join && s.word(i-1) == "of" && s.toks[i-2].upper && orgHeads[s.word(i-2)] {
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
	facility := j+1 < len(s.toks) && s.toks[j].join && s.facilityAhead(j+1)
	for k, n := j+1, 0; !facility && k < len(s.toks) && s.toks[k-1].join && !s.fullStop(k-1) && n < 5 && end == s.toks[j].end; k, n = k+1, n+1 {
		w := s.word(k)
		if s.toks[k].upper {
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
		if w != "of" && w != "and" && w != "for" && w != "the" || w == "and" && k == j+1 {
			break // "Gaza Strip and the West Bank": a list, not one name
		}
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
	if !s.toks[i].title && !spelled {
		// A capitalised word before ("Rob Manning", "George Washington") ...
		if i >= 1 && s.toks[i-1].join && s.toks[i-1].upper && !s.toks[i-1].allUpper && (prev == nil || prev.tj != i-1 || prev.weak) &&
			!(s.hyphenated(i-1) && (s.toks[i-1].fe-s.toks[i-1].fs == 1 || m.wordOut(s.buf[s.toks[i-1].fs:s.toks[i-1].fe]) >= 0)) {
			w := s.word(i - 1)
			if !modifierWords[w] && !articles[w] && !stopWords[w] && !commonWords[w] && !demonyms[w] && !installationHeads[w] &&
				!(s.sentenceStart(i-1) && verbForm(w)) && strings.IndexAny(w, "0123456789") < 0 {
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
		// ... or after ("Houston Rockets") makes a longer proper name.
		if j+1 < len(s.toks) && s.toks[j].join && !s.fullStop(j) && end == s.toks[j].end && s.toks[j+1].upper && !s.toks[j+1].allUpper {
			w := s.word(j + 1)
			if !titleWords[w] && !dayMonth[w] && !modifierWords[w] && !demonyms[w] && !s.titleAhead(j+1) && !sentenceArticles[w] &&
				!(w == "co" && m.hasVariant(o, vRegion2)) && // "Loudon Co."
				!m.suffixAhead(o, w) && // "Donetsk Oblast", "Aomori Prefecture"
				!s.facilityAhead(j+1) && // "Tabqa Airfield", "Aviano Air Base": by the town
				!(s.hyphenated(j) && j+2 < len(s.toks) && s.toks[j+1].join && s.facilityAhead(j+2) && !m.smallOnly(o)) && // "Rzeszów-Jasionka airport"
				!(regionParts[w] && m.namesCountryOrRegion1(o)) && // "the Florida Panhandle" is in Florida
				!(s.hyphenated(j) && m.wordOut(s.buf[s.toks[j+1].fs:s.toks[j+1].fe]) >= 0) { // "the Iraq-Syria border"
				if i == j && !s.hyphenated(j) && m.smallOnly(o) {
					// "Kate Middleton", "Boyd Smith": a small place's one-word name before a
					// surname is a given name, elsewhere in the document too
					return end, false, false, false, rejPerson
				}
				return end, false, false, false, reason
			}
		}
	}
	// A name before "River" names a river the gazetteer lacks (those it has match whole): the
	// town of that name is meant only where the document's context supports it ("Kabul River"
	// in a briefing on Afghanistan, not "Orange River" in one on South Africa).
	if j+1 < len(s.toks) && s.toks[j].join && end == s.toks[j].end && s.toks[j+1].upper && (s.word(j+1) == "river" || s.word(j+1) == "valley") {
		weak = true
	}
	// So does a name after "River", as British English writes a river's name ("the River
	// Trent" is no Trento, once Trent, in a text about Nottingham).
	if i >= 1 && s.toks[i-1].join && s.toks[i-1].upper && s.word(i-1) == "river" && s.seg[s.toks[i-1].end:s.toks[i].start] == " " {
		weak = true
	}
	return end, true, weak, abbrOnly, rejNone
}

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
// name: "Operation Atlanta"), "Task Force" or "Fort", "Camp" (a post named after a person:
// "Camp Ripley"):
// such a name says nothing of where the text is, so it gives no vote either.
func (s *scanner) afterNameHead(i int) bool {
	if i < 1 || !s.toks[i-1].upper || !s.toks[i-1].join {
		return false
	}
	w := s.word(i - 1)
	return codenameHeads[w] || postHeads[w] || s.afterTaskForce(i) || s.insideCodename(i)
}

// insideCodename reports whether token i ends a run of one or two capitalised words, joined by
// spaces, right after a capitalised "Operation", "Exercise" or "Task Force": the name is the
// code name's last word ("Operation Blue Pacific", "Exercise Northern Edge Alaska"), not where
// the operation is. A function or common word in the run ("Operation Freedom in Iraq" has none)
// or a sentence's end breaks it, and so does an organisation's or command's head ("Special
// Operations Command Africa" is a command's name, see commandHeads).
func (s *scanner) insideCodename(i int) bool {
	for k := i - 1; k >= 1 && k >= i-2; k-- {
		if !s.toks[k].upper || !s.toks[k].join || s.seg[s.toks[k].end:s.toks[k+1].start] != " " ||
			stopWords[s.word(k)] || orgHeads[s.word(k)] || commandHeads[s.word(k)] || s.toks[k].allUpper {
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

// afterTaskForce reports whether token i follows a capitalised "Task Force" joined by a space:
// a name there names the task force ("Task Force Tarawa", after the battle), not where it is.
func (s *scanner) afterTaskForce(i int) bool {
	return i >= 2 && s.word(i-1) == "force" && s.toks[i-2].upper && s.toks[i-2].join && s.word(i-2) == "task" &&
		s.seg[s.toks[i-1].end] == ' '
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
// by ("Tabqa Airfield", "Bagram Airfield", "Aviano Air Base", "Qayyarah Airfield West", "Mosul
// Dam", "Yakima Training Center", "White Sands Missile Range", "Dugway Proving Ground"); those
// the gazetteer knows by their full name ("Ramstein Air Base") match whole before.
func (s *scanner) facilityAhead(k int) bool {
	switch s.word(k) {
	case "airfield", "airport", "airbase", "dam":
		return true
	case "air", "naval", "army":
		return s.facilityNext(k, "base", "field", "station", "airfield")
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
		if !listGap(s.seg[s.toks[k-1].end:s.toks[k].start]) {
			return vPlain
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
	return gap != "" && strings.Trim(gap, "-\u2010\u2011") == ""
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
		installationHeads[w] || dayMonth[w] || strings.IndexAny(w, "0123456789") >= 0 {
		return false
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
		case !s.acronymLetter(t):
			letter = true
		}
	}
	return letter && longer
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

// inShipName reports whether token i is in a ship's name: a run of up to four capitalised
// words or initials, joined by spaces or an initial's dot (and perhaps a lower-case "of"),
// right after a ship prefix in capitals ("USS Gerald R. Ford", "USNS Comfort", "HMS Queen
// Elizabeth", "HMS Prince of Wales"), or, without an "of", right after a lower-case noun of a
// kind of ship ("the Brazilian frigate Independência", "the tanker Marlin Luanda": shipNouns).
func (s *scanner) inShipName(i int) bool {
	of := false
	for k, n := i-1, 0; k >= 0 && n <= 4; k, n = k-1, n+1 {
		if !s.toks[k].join {
			return false
		}
		if !s.toks[k].upper {
			if shipNouns[s.word(k)] && !of && k+1 < len(s.toks) && !s.hyphenated(k) {
				return true
			}
			if s.word(k) != "of" {
				return false
			}
			of = true
			continue
		}
		if s.toks[k].allUpper && shipPrefixes[s.word(k)] {
			return true
		}
	}
	return false
}

// dateline reports whether tokens i to j, all in capitals, open a line (after an opening
// parenthesis at most) and are followed by a parenthesis, a comma or a dash, as a news
// dateline is ("NEW YORK (AP) -", "(NEW YORK) —", "WASHINGTON -- ").
func (s *scanner) dateline(i, j int) bool {
	for t := i; t <= j; t++ {
		if !s.toks[t].allUpper {
			return false
		}
	}
	lineFrom := 0
	if i > 0 {
		lineFrom = s.toks[i-1].end
	}
	before := s.seg[lineFrom:s.toks[i].start]
	if k := strings.LastIndexByte(before, '\n'); k >= 0 {
		before = before[k+1:]
	} else if i > 0 {
		// after a headline: "... assessors. DANIELSVILLE - The county"
		return s.sentenceStart(i) && (s.regionAfterComma(j) || s.dashAfter(j))
	}
	if strings.Trim(before, " \t\u00a0(") != "" {
		return false
	}
	rest := strings.TrimLeft(s.seg[s.toks[j].end:], " \u00a0")
	return strings.HasPrefix(rest, "(") || strings.HasPrefix(rest, ")") || strings.HasPrefix(rest, ",") || s.dashAfter(j)
}

// datelineAfter reports whether what follows token t is how a dateline goes on: a comma, a
// dash, a bracket ("KABUL (Reuters) -"), or the end of the line.
func (s *scanner) datelineAfter(t int) bool {
	rest := strings.TrimLeft(s.seg[s.toks[t].end:], " \u00a0")
	if rest == "" {
		return true
	}
	switch rest[0] {
	case ',', '\n', '\r', '-', '(':
		return true
	}
	return strings.HasPrefix(rest, "—") || strings.HasPrefix(rest, "–")
}

// lineStart reports whether token t is the first of its line or segment.
func (s *scanner) lineStart(t int) bool {
	if t == 0 {
		return true
	}
	return strings.IndexByte(s.seg[s.toks[t-1].end:s.toks[t].start], '\n') >= 0
}

// attributive reports whether the name of tokens i..j, ending at byte end, is written before
// a noun that names who acts (actorNouns: "U.S. sailors", "U.S. Navy", "Greek officials"), not
// after a preposition of place ("in U.S. waters" is where).
func (s *scanner) attributive(i, end int) bool {
	if s.locative(i) || end+1 >= len(s.seg) || s.seg[end] != ' ' {
		return false
	}
	k := end + 1
	for k < len(s.seg) && (s.seg[k] >= 'a' && s.seg[k] <= 'z' || s.seg[k] >= 'A' && s.seg[k] <= 'Z' || s.seg[k] == '-') {
		k++
	}
	return actorNouns[strings.ToLower(s.seg[end+1:k])]
}

// actorNouns follow a country's name that says who acts, not where: forces, their services
// and commands, officials and envoys, their ships and aircraft.
var actorNouns = wordSet(`air forces force troops troop sailors sailor soldiers soldier marines marine
airmen airman guardians servicemembers service personnel military militaries navy army
coast special command commands commander commanders officials official officers officer
diplomats diplomat envoy envoys ambassador embassy embassies delegation delegations government
administration president secretary defense defence department state lawmakers congress
warship warships ship ships vessels vessel destroyer destroyers carrier submarine submarines
aircraft jets jet fighters bombers bombers drones drone helicopters advisers advisors
trainers contractors citizens nationals hostages allies partners intelligence aid assistance
central european africa indo-pacific pacific northern southern cyber space strategic
transportation`)

// afterKin reports whether token i follows a possessive and a noun of kin, then a space or a
// comma ("his sister Chelsea", "Rozen's wife, Julia").
func (s *scanner) afterKin(i int) bool {
	if i < 2 || s.toks[i-1].upper || !s.wordIn(kinNouns, kinNounShapes, i-1) {
		return false
	}
	if gap := s.seg[s.toks[i-1].end:s.toks[i].start]; gap != " " && gap != ", " {
		return false
	}
	before := s.seg[:s.toks[i-1].start]
	return possessiveDeterminers[s.word(i-2)] && strings.HasSuffix(before, " ") ||
		strings.HasSuffix(before, "'s ") || strings.HasSuffix(before, "’s ")
}

// craftAhead reports whether a noun of aircraft or weapons follows the byte offset end of a
// name ("Hercules transports", "Chinook helicopters", "Puma unmanned aerial systems",
// "Tomahawk missiles"), after up to two words that say what kind ("Bradley fighting
// vehicles", "Apache attack helicopters"), or ends a list of such names that the name begins
// or belongs to ("Apache, Chinook and Black Hawk helicopters").
func (s *scanner) craftAhead(end int) bool {
	k := end
	for names := 0; names < 6; names++ {
		if k+1 >= len(s.seg) || s.seg[k] != ' ' && s.seg[k] != ',' {
			return false
		}
		// a list's separator: ", ", " and ", " or ", ", and " or ", or "
		next := k
		if s.seg[next] == ',' {
			next++
		}
		rest := s.seg[next:]
		sep := false
		for _, p := range []string{" and ", " or "} {
			if strings.HasPrefix(rest, p) {
				next += len(p)
				sep = true
				break
			}
		}
		if !sep && s.seg[k] == ',' && strings.HasPrefix(rest, " ") {
			next++
			sep = true
		}
		if sep {
			// the next name: one to three capitalised words joined by spaces or hyphens
			w, ok := capitalRun(s.seg[next:])
			if !ok {
				return false
			}
			k = next + w
			continue
		}
		// the noun, after up to two words of its kind
		k++
		for kinds := 0; ; kinds++ {
			e := k
			for e < len(s.seg) && s.seg[e] >= 'a' && s.seg[e] <= 'z' {
				e++
			}
			w := s.seg[k:e]
			if craftNouns[w] {
				return true
			}
			if kinds == 2 || !craftKinds[w] || e >= len(s.seg) || s.seg[e] != ' ' && s.seg[e] != '-' {
				return false
			}
			k = e + 1
		}
	}
	return false
}

// capitalRun returns the length of the one to three capitalised words (letters, digits and
// hyphens, joined by single spaces) that s begins with.
func capitalRun(s string) (int, bool) {
	n := 0
	for words := 0; words < 3; words++ {
		r, _ := utf8.DecodeRuneInString(s[n:])
		if !unicode.IsUpper(r) {
			break
		}
		e := n
		for e < len(s) {
			r, size := utf8.DecodeRuneInString(s[e:])
			if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' {
				break
			}
			e += size
		}
		n = e
		if n+1 < len(s) && s[n] == ' ' {
			if r, _ := utf8.DecodeRuneInString(s[n+1:]); unicode.IsUpper(r) {
				n++
				continue
			}
		}
		break
	}
	return n, n > 0
}

// warshipAhead reports whether the name starting at token i and ending at byte offset end
// stands between "the" and a noun of a warship ("the Moskva cruiser", "the Kursk submarine"),
// not one that goes on as a compound ("the Sevastopol submarine base": warshipCompounds).
func (s *scanner) warshipAhead(i, end int) bool {
	if i == 0 || s.word(i-1) != "the" || !s.toks[i-1].join || end+1 >= len(s.seg) || s.seg[end] != ' ' {
		return false
	}
	n := -1
	for k := i; k < len(s.toks); k++ {
		if s.toks[k].start > end {
			n = k
			break
		}
	}
	if n < 0 || s.toks[n].start != end+1 || s.toks[n].upper || !warshipNouns[s.word(n)] {
		return false
	}
	if s.toks[n].end < len(s.seg) && s.seg[s.toks[n].end] == '-' {
		return false
	}
	if n+1 < len(s.toks) && s.toks[n].join && !s.toks[n+1].upper && warshipCompounds[s.word(n+1)] {
		return false
	}
	return true
}

// warshipNouns and warshipCompounds: see warshipAhead.
// exerciseAhead reports whether the name of tokens i.. (ending at end) stands between a
// lower-case "the" and a noun of a military exercise.
func (s *scanner) exerciseAhead(i, end int) bool {
	if i == 0 || s.word(i-1) != "the" || !s.toks[i-1].join || end+1 >= len(s.seg) || s.seg[end] != ' ' {
		return false
	}
	k := end + 1
	for k < len(s.seg) && s.seg[k] >= 'a' && s.seg[k] <= 'z' {
		k++
	}
	return exerciseNouns[s.seg[end+1:k]]
}

// exerciseNouns: see exerciseAhead.
var exerciseNouns = wordSet(`exercise exercises drill drills wargame wargames maneuvers manoeuvres`)

var warshipNouns = wordSet(`frigate destroyer corvette cruiser submarine icebreaker minesweeper minehunter
warship flagship`)
var warshipCompounds = wordSet(`base bases port ports yard yards fleet fleets group groups pen pens berth
berths terminal squadron squadrons flotilla flotillas division base's`)

// craftNouns: see craftAhead.
var craftNouns = wordSet(`transport transports aircraft airlifter airlifters helicopter helicopters
gunship gunships jet jets fighter fighters bomber bombers drone drones tanker tankers
unmanned missile missiles interceptor interceptors launcher launchers rocket rockets howitzer
howitzers tank tanks radar radars vehicle vehicles spare program programs`)

// craftKinds are words that may stand between a model's name and its noun (craftAhead).
var craftKinds = wordSet(`fighting attack utility cargo armored armoured infantry combat heavy light
medium reconnaissance scout tactical multirole stealth strike patrol maritime battle main air
defense defence surface ballistic cruise guided anti tiltrotor`)

// apartName reports whether some candidate of output o has a name of two or more words.
func (m *Matcher) apartName(o int32) bool {
	for _, c := range m.outs[o].cands {
		e := m.ent(c.e)
		if m.fold.manyWords(e.Name) || m.fold.manyWords(e.ASCII) {
			return true
		}
		for _, a := range e.Alt {
			if m.fold.manyWords(a) {
				return true
			}
		}
	}
	return false
}

// suffixAhead reports whether w, the capitalised word after a name, is a region's suffix that
// the name has a region for ("Donetsk Oblast", "Aomori Prefecture"): the region, not a longer
// proper name.
func (m *Matcher) suffixAhead(o int32, w string) bool {
	v, ok := m.suffixLevel(o, w)
	return ok && v != vCity && m.hasVariant(o, v)
}

// mergedBase reports whether token i follows a hyphen inside the name of a joint base, after
// "Joint Base" and up to three capitalised words joined by spaces or hyphens: such a name is
// that of an installation merged into the joint base, mostly named after a person ("Joint Base
// San Antonio-Randolph", "Joint Base Elmendorf-Richardson"): no place, and no vote.
func (s *scanner) mergedBase(i int) bool {
	if i < 3 || s.seg[s.toks[i-1].end:s.toks[i].start] != "-" {
		return false
	}
	for k := i - 1; k >= 2 && k >= i-3; k-- {
		if !s.toks[k].upper || !s.toks[k].join {
			return false
		}
		if s.word(k-1) == "base" && s.word(k-2) == "joint" && s.toks[k-1].upper && s.toks[k-2].upper &&
			s.seg[s.toks[k-1].end:s.toks[k].start] == " " && s.seg[s.toks[k-2].end:s.toks[k-1].start] == " " {
			return true
		}
	}
	return false
}

// afterInstallation reports whether token i follows the generic name of an installation
// written before the town it stands by ("RAF Lakenheath", "Naval Air Facility Atsugi":
// installationHeads and installationPrefixes).
func (s *scanner) afterInstallation(i int) bool {
	if i < 1 || !s.toks[i-1].join || !s.toks[i-1].upper || s.hyphenated(i-1) {
		return false
	}
	w := s.word(i - 1)
	return installationHeads[w] && !s.toks[i-1].allUpper || installationPrefixes[w] && s.toks[i-1].allUpper
}

// ofCapital reports whether the word at k, after an "of", is capitalised, or is "the" joined to
// a capitalised word ("of the Bulge").
func (s *scanner) ofCapital(k int) bool {
	if s.toks[k].upper {
		return true
	}
	return s.word(k) == "the" && s.toks[k].join && k+1 < len(s.toks) && s.toks[k+1].upper
}

// afterArabicHead reports whether the one-word name of tokens i..j (with its own article, if
// it has one: "al-Numan") follows a capitalised word and an Arabic article joined to it by a
// hyphen (or by a space, for an article that is no English word): the name ends a longer
// Arabic name, a town's ("Maarat al-Numan") or a person's ("Muqtada al-Sadr"), the way a name
// before an article and a capitalised word begins one. A function or modifier word before
// the article ("Near al-Tanf", "northern al-Anbar"), a demonym, a possessive ("Syria's al-Bab"),
// a heading's word, and a verb's -ing or -ed form that starts a sentence ("Retaking al-Qaim")
// are no such head.
func (s *scanner) afterArabicHead(i, j int) bool {
	a := i - 1 // the article
	if j > i && articles[s.word(i)] {
		a = i
	}
	if j != a+1 || a < 1 || !articles[s.word(a)] || !s.toks[a].join {
		return false
	}
	switch gap := s.seg[s.toks[a].end:s.toks[a+1].start]; {
	case gap == "-":
	case gap == " " && !englishArticles[s.word(a)]:
	default:
		return false
	}
	h := a - 1
	if !s.toks[h].upper || !s.toks[h].join || s.toks[h].title {
		return false
	}
	if gap := s.seg[s.toks[h].end:s.toks[a].start]; gap != " " && gap != "-" {
		return false
	}
	w := s.word(h)
	if stopWords[w] || modifierWords[w] || demonyms[w] || articles[w] {
		return false
	}
	head := s.seg[s.toks[h].start:s.toks[h].end]
	if strings.HasSuffix(head, "'s") || strings.HasSuffix(head, "’s") {
		return false
	}
	if s.sentenceStart(h) && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed")) {
		return false
	}
	return true
}
