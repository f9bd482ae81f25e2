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
	// poss: a possessive's "'s" and a space before the next token; a name goes on across it
	// only where the gazetteer has one so written (see possessiveMark)
	poss       bool
	title      bool // on a line in title case (a heading)
	contracted bool // an English contraction ("I’ve", "We'll"): never a place
	plain      bool // ASCII letters only
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
	polity       bool // written somewhere before a government's title ("Quebec Health Minister")
	battle       bool // written somewhere after "Battle of" (see afterBattleOf)
	voyage       bool // written somewhere after "departed", "arrived in", "sailed from" (see afterVoyage)
	// local: written somewhere right after "near" or before ", west of" and the like
	// ("Near Shafa, three strikes", "Arima, west of Manbij"): a place near the others
	local bool
	// afterThe: written somewhere right after "the", with no suffix ("the Sahel"): a region
	// of many countries with the name is meant before a first-level region of one
	afterThe bool
	contains []int // groups named right after this one as "X, Y" or "X in Y"
	holds    []int // groups named right before this one so: this is their Y
	nearby   []int // groups listed next to this one ("Qaim, Huwija, Rawa")
	drop     bool
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
	// bigRegionPop, bigRegionCountry: the people and country of the most populous first-level
	// region among the candidates (see smallNamesake)
	bigRegionPop     int
	bigRegionCountry string
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
island islands peninsula bay plains plateau shrine gap palace mosque
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
	vRegion        // "Nariño department", "the Meuse department": a region of either level
)

// rejection reasons that matter beyond one occurrence
const (
	rejNone = iota
	rejOther
	rejPerson  // part of a longer capitalised name ("Rob Manning"): the name is a person's here
	rejContext // part of a longer name here: a shorter name inside it is no place either
	rejShip    // a ship's name ("the carrier Liaoning"): so is "the Liaoning" later on
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
				s.toks[t].poss = gap == "’s " || gap == "'s "
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
		case ' ', '\u00a0', '-', '\u2010', '\u2011', '\u2013':
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
				if len(w) == 1 && !isDigit(w[0]) || abbrevs[w] {
					return false // an initial ("J. Smith"), not a number ("on Sept. 8. Tripoli will")
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
	r, ok := s.afterPossessive(end)
	if !ok {
		return false
	}
	w, _, _ := strings.Cut(r, " ")
	c, _ := utf8.DecodeRuneInString(w)
	w = strings.ToLower(strings.TrimRight(w, ".,;:"))
	return unicode.IsUpper(c) && (orgHeads[w] || saintsPlaces[w]) || !unicode.IsUpper(c) && schoolMembers[w]
}

// afterPossessive returns the text after a possessive and a space at end ("'s ", "’s "), if
// one is there.
func (s *scanner) afterPossessive(end int) (string, bool) {
	rest := s.seg[end:]
	for _, p := range [...]string{"'s ", "’s "} {
		if r, ok := strings.CutPrefix(rest, p); ok {
			return r, true
		}
	}
	return "", false
}

// possessiveCap reports whether the text at end goes on with a possessive and a capitalised
// word: a saint's given name so followed ("St. John's Lutheran School", "St. Mary's High
// School") names an institution called after the saint, not a town of the saint's name.
func (s *scanner) possessiveCap(end int) bool {
	r, ok := s.afterPossessive(end)
	c, _ := utf8.DecodeRuneInString(r)
	return ok && unicode.IsUpper(c)
}

// schoolMembers, in lower case after a saint's name and a possessive, make it a school's or a
// parish's: "St. Mary's students", "St. Michael's pupils".
var schoolMembers = wordSet(`students pupils parishioners congregation teachers graduates alumni`)

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

// namePossessive reports whether token k is a proper name's plural possessive, no common
// word's nor a title's: "Huntington Ingalls'" (but "Governors’ Parkway" is one name).
func (s *scanner) namePossessive(k int) bool {
	t := s.seg[s.toks[k].start:s.toks[k].end]
	w := strings.ToLower(strings.TrimRight(t, "'’"))
	return pluralPossessive(t) && !commonWords[w] && !ranks[strings.TrimSuffix(w, "s")]
}

// pluralPossessive reports whether a word ends in "s" and an apostrophe ("Laos'", "Texas’").
func pluralPossessive(w string) bool {
	if strings.HasSuffix(w, "’") {
		w = w[:len(w)-len("’")]
	} else if strings.HasSuffix(w, "'") {
		w = w[:len(w)-1]
	} else {
		return false
	}
	return len(w) > 1 && (w[len(w)-1] == 's' || w[len(w)-1] == 'S')
}
