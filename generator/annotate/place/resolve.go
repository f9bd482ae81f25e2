package place

import (
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-archive/sitrep/generator/annotate/gazetteer"
)

// token is one word of a segment.
type token struct {
	start, end int   // byte offsets in the segment
	fs, fe     int32 // folded bytes in the scan buffer
	upper      bool  // starts with an upper-case letter
	allUpper   bool  // two or more letters, all upper case
	join       bool  // only spaces, a hyphen or an abbreviation's dot before the next token
	title      bool  // on a line in title case (a heading)
	contracted bool  // an English contraction ("I’ve", "We'll"): never a place
}

// raw is an accepted name occurrence before resolution.
type raw struct {
	seg, start, end int
	ti, tj          int // first and last token
	group           int
	weak            bool // needed support when accepted
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
	chosen   int
	word     string // the folded word of a one-word plain name, else ""
	name     string // the folded words of the name as first found, joined by spaces
	cue      bool   // written right after a preposition of place somewhere ("in Albany")
	// facility: written before the generic name of the airfield or base it stands by
	// ("Aviano Air Base"): a place, not a person's or a firm's name
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
	nearby       []int // groups listed next to this one ("Qaim, Huwija, Rawa")
	drop         bool
	// countryName: one of the candidates is a country (the name is a country's)
	countryName bool
	// worldCity: one of the candidates is a capital of worldCityPop people or more
	worldCity bool
	// bigSeat: one of the candidates, found by its own name, is the seat of a first-level
	// region with half a million people or more ("Stuttgart")
	bigSeat bool
	// bigMain: one of the candidates is a city of landmarkPop people or more found by its own
	// name
	bigMain bool
	// lone: a one-word name of small places only that will need a confident place nearby
	// (see disambiguate)
	lone     bool
	voteW    float64 // weight of the group's vote (see voteWeight)
	mentions int     // times the name is written in the document
}

var dayMonth = wordSet(`monday tuesday wednesday thursday friday saturday sunday january february
march april may june july august september october november december jan feb mar apr jun jul aug
sep sept oct nov dec`)

var lowerOK = wordSet(`province governorate district county city town valley river mountains
mountain axis pocket region desert lake sea ocean gulf strait dam wilayat oblast state raion qadaa
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
	}
	closeTok()
	// joins and title-case lines
	lineStart := 0
	for t := range s.toks {
		if t+1 < len(s.toks) {
			s.toks[t].join = s.joinable(t)
		}
		last := t+1 == len(s.toks) || strings.IndexByte(seg[s.toks[t].end:s.toks[t+1].start], '\n') >= 0
		if last {
			s.markTitle(lineStart, t+1)
			lineStart = t + 1
		}
	}
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
	if (hasAbbr || strings.IndexByte(surface, '.') >= 0) && end < len(s.seg) && s.seg[end] == '.' {
		end++
		surface = s.seg[s.toks[i].start:end]
	}
	spelled := false
	for _, n := range out.names {
		spelled = spelled || n == surface
	}
	key := string(s.buf[s.toks[i].fs:s.toks[j].fe])
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
	if demonyms[key] {
		return end, false, false, false, reason
	}
	for t := i; t <= j; t++ {
		if s.toks[t].contracted {
			return end, false, false, false, reason
		}
	}
	// A modifier before a capitalised word modifies it ("Central American", "North Side"):
	// it is no town called Central or North.
	if i == j && modifierWords[key] && !spelled && j+1 < len(s.toks) && s.toks[j].join && s.toks[j+1].upper {
		return end, false, false, false, reason
	}
	// ... and on its own it is an adjective or a direction ("Western governments", "go West"),
	// unless a region's suffix follows ("Western province").
	if i == j && modifierWords[key] && !spelled && !(j+1 < len(s.toks) && s.toks[j].join && suffixes[s.word(j+1)] != 0) {
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
	// A Roman numeral after a capitalised word numbers it ("World War II", "WW II", "Phase
	// IV"): it is no place called Ii or Iv.
	if i == j && i >= 1 && s.toks[i].allUpper && romanNumeral(surface) && s.toks[i-1].upper && s.seg[s.toks[i-1].end:s.toks[i].start] == " " {
		return end, false, false, false, reason
	}
	// Month and weekday names are never places ("August 30", "March 2017").
	if dayMonth[key] {
		return end, false, false, false, reason
	}
	// A rank or title abbreviation ("Brig. Gen. Roger Turner") is never a place.
	if i == j && ranks[key] && s.toks[j].end < len(s.seg) && s.seg[s.toks[j].end] == '.' {
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
	// An Arabic article joined by a hyphen to the next word begins an Arabic name
	// ("Al-Shabaab"), in headings too: it is no place called Al or El.
	if i == j && articles[key] && end < len(s.seg) && s.seg[end] == '-' {
		return end, false, false, false, rejOther
	}
	// A name after "Operation" or "Exercise" is (part of) a code name; a name after "Fort" or
	// "Camp" names a military post the gazetteer lacks ("Fort Wainwright", "Camp Casey"), not
	// the place; a post the gazetteer has matched whole first ("Fort Bragg", "Fort Campbell").
	if s.afterNameHead(i) {
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
	if stopWords[key] {
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
	if commonWords[key] && !spelled && !aliasOnly {
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
	// capitalised word ("Secretary of Defense"), unless it is a generic word of places or
	// waters ("Gulf of Aden", "Lake of the Woods").
	if !spelled && j+2 < len(s.toks) && s.toks[j].join && s.word(j+1) == "of" && (orgHeads[key] || weak && !placeHeads[key] && !waterHeads[key] && s.toks[j+2].upper) {
		return end, false, false, false, reason
	}
	if orgHeads[key] && !spelled && !aliasOnly && !weak {
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
	if !s.toks[i].title && !spelled {
		// A capitalised word before ("Rob Manning", "George Washington") ...
		if i >= 1 && s.toks[i-1].join && s.toks[i-1].upper && !s.toks[i-1].allUpper && (prev == nil || prev.tj != i-1 || prev.weak) &&
			!(s.hyphenated(i-1) && (s.toks[i-1].fe-s.toks[i-1].fs == 1 || m.wordOut(s.buf[s.toks[i-1].fs:s.toks[i-1].fe]) >= 0)) {
			w := s.word(i - 1)
			if !modifierWords[w] && !articles[w] && !stopWords[w] && !commonWords[w] && !demonyms[w] &&
				!(s.sentenceStart(i-1) && verbForm(w)) && strings.IndexAny(w, "0123456789") < 0 {
				return end, false, false, false, rejPerson
			}
			// ... and a capitalised common word amid a sentence, before a name of small places
			// only, a longer proper name too ("Golden Globe", "Cherry Hinton"), unless it is a
			// generic word of places ("Mount", "Lake"), a modifier or an organisation's head
			// ("Baptist Church Maryville" is in Maryville)
			if commonWords[w] && !orgHeads[w] && !modifierWords[w] && !lowerOK[w] && !placeHeads[w] && !s.sentenceStart(i-1) &&
				!s.sentenceStart(i) && !s.toks[i].allUpper && m.smallOnly(o) {
				return end, false, false, false, rejOther
			}
		}
		// ... or after ("Houston Rockets") makes a longer proper name.
		if j+1 < len(s.toks) && s.toks[j].join && !s.fullStop(j) && end == s.toks[j].end && s.toks[j+1].upper && !s.toks[j+1].allUpper {
			w := s.word(j + 1)
			if !titleWords[w] && !dayMonth[w] && !modifierWords[w] && !demonyms[w] && !s.titleAhead(j+1) && !sentenceArticles[w] &&
				!(w == "co" && m.hasVariant(o, vRegion2)) && // "Loudon Co."
				!s.facilityAhead(j+1) && // "Tabqa Airfield", "Aviano Air Base": by the town
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
	// in a briefing on Afghanistan, not "Juba River" in one on Somalia).
	if j+1 < len(s.toks) && s.toks[j].join && end == s.toks[j].end && s.toks[j+1].upper && s.word(j+1) == "river" {
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
// "Camp Casey"):
// such a name says nothing of where the text is, so it gives no vote either.
func (s *scanner) afterNameHead(i int) bool {
	if i < 1 || !s.toks[i-1].upper || !s.toks[i-1].join {
		return false
	}
	w := s.word(i - 1)
	return codenameHeads[w] || postHeads[w] || s.afterTaskForce(i)
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
	return gap != "" && strings.Trim(gap, "-\u2010\u2011") == ""
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
	return locativeWords[s.word(t-1)] && strings.Trim(gap, " \u00a0") == ""
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
// Elizabeth", "HMS Prince of Wales").
func (s *scanner) inShipName(i int) bool {
	for k, n := i-1, 0; k >= 0 && n <= 4; k, n = k-1, n+1 {
		if !s.toks[k].join {
			return false
		}
		if !s.toks[k].upper {
			if s.word(k) != "of" {
				return false
			}
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

// Resolve finds and resolves the places in one document. segments are the document's text
// blocks (for example each paragraph's plain text); countries are the context countries of the
// briefing's theatres (ISO 3166-1 alpha-2, may be empty). Every repeat of a name in the
// document resolves to the same place. Mentions are sorted by (Segment, Start) and do not
// overlap within a segment.
func (m *Matcher) Resolve(segments []string, countries []string) []Mention {
	shown, _ := m.resolve(segments, countries, false)
	return shown
}

// ResolveWithHidden is Resolve that also returns the names it found inside longer proper
// names and did not show ("Texas" in "Texas Department of Transportation", "Athens" in "Athens
// Police Department"), each with the place it resolved to among the document's names (such
// names vote in the disambiguation, see doc.go). Hidden mentions may overlap shown ones. It is
// for scoring against labels that count such names as places (see the eval command).
func (m *Matcher) ResolveWithHidden(segments []string, countries []string) (shown, hidden []Mention) {
	return m.resolve(segments, countries, true)
}

func (m *Matcher) resolve(segments []string, countries []string, wantHidden bool) (shown, hidden []Mention) {
	s := &scanner{m: m}
	var raws []raw
	var hiddenRaws []raw // names inside longer names that vote (kept only when wantHidden)
	var groups []group
	index := map[int64]int{} // out*8+variant -> group
	person := map[int32]bool{}
	placeCue := map[int32]bool{}        // names seen right after "in", "near", ... (see locative)
	var oneKey []string                 // by group: the folded word of a one-word name, else ""
	var demonymVotes map[string]float64 // country -> demonyms of it in the text ("Turkish")
	for si, seg := range segments {
		s.tokenize(seg)
		for t := range s.toks {
			if s.toks[t].upper && !s.toks[t].allUpper {
				if cc := demonymCountry[string(s.buf[s.toks[t].fs:s.toks[t].fe])]; cc != "" {
					if demonymVotes == nil {
						demonymVotes = map[string]float64{}
					}
					demonymVotes[cc]++
				}
			}
		}
		var prev *raw
		segFirst := len(raws)
		inside := -1 // the last token of the last name rejected as part of a longer name
		for i := 0; i < len(s.toks); {
			// A name starts with a capital or a lower-case article ("al-Qaim"), unless the
			// site spelled it in lower case: skip the walk from other words.
			if t := &s.toks[i]; !t.upper && !m.lowerStart && !articles[string(s.buf[t.fs:t.fe])] {
				i++
				continue
			}
			type hit struct {
				j int
				o int32
			}
			var hits [8]hit
			nh := 0
			n := int32(0)
		walk:
			for t := i; t < len(s.toks); t++ {
				for p := s.toks[t].fs; p < s.toks[t].fe; p++ {
					if n = m.trie.child(n, s.buf[p]); n == 0 {
						break walk
					}
				}
				if o := m.trie.out[n]; o >= 0 {
					if nh == len(hits) {
						copy(hits[:], hits[1:])
						nh--
					}
					hits[nh] = hit{t, o}
					nh++
				}
				if !s.toks[t].join {
					break
				}
			}
			next := i + 1
			for k := nh - 1; k >= 0; k-- {
				h := hits[k]
				if m.outs[h.o].block {
					next = h.j + 1
					break
				}
				if len(m.outs[h.o].cands) == 0 || m.bareOnly(h.o) && !s.regionAhead(h.j) || h.j <= inside {
					continue
				}
				end, ok, weak, abbrOnly, why := s.accept(i, h.j, h.o, prev)
				if !ok {
					if why == rejPerson {
						person[h.o] = true
					}
					if why == rejContext && (!m.smallOnly(h.o) || i < h.j && m.countyOnly(h.o)) && m.hiddenVoter(h.o) && !(i == h.j && modifierWords[s.word(i)]) && !s.titleAbbr(h.j, h.o, end) &&
						!s.afterNameHead(i) && !m.genericRegions(s, i, h.j, h.o) {
						// "Texas Department of Transportation" is no place, but says the text
						// is about Texas: a hidden group votes without being shown (not for
						// names of small places only, nor for modifiers: "Northern"); so does
						// a county's full name ("Henderson County Jail")
						gk := int64(h.o)*8 + int64(vPlain)
						hg, seen := index[gk]
						if !seen {
							hg = len(groups)
							index[gk] = hg
							g := m.newGroup(h.o, vPlain)
							g.hidden = true
							groups = append(groups, g)
							oneKey = append(oneKey, "")
						}
						if wantHidden {
							hiddenRaws = append(hiddenRaws, raw{seg: si, start: s.toks[i].start, end: s.toks[h.j].end, ti: i, tj: h.j, group: hg})
						}
					}
					if why != rejOther {
						// nor is any name inside it ("University of South Dakota" is no
						// Carolina; "New York Times" no York)
						inside = max(inside, h.j)
						break
					}
					continue
				}
				variant, j := vPlain, h.j
				if abbrOnly {
					variant = vAbbr
				} else if j+1 < len(s.toks) && s.toks[j].join && end == s.toks[j].end {
					v, ok := suffixes[s.word(j+1)]
					if ok && s.word(j+1) == "province" {
						v = m.provinceLevel(h.o)
					}
					if ok && m.hasVariant(h.o, v) {
						variant, j = v, j+1
						end = s.toks[j].end
					}
				}
				if variant == vPlain && end == s.toks[j].end {
					if v := s.pluralAhead(j); v != vPlain && m.hasVariant(h.o, v) && (!s.pluralNext(j) || s.listBefore(i)) {
						variant = v // "Cooke, Grayson and Love counties"
					}
				}
				if !m.hasVariant(h.o, variant) {
					continue // "Walker" alone is not Walker County
				}
				field := variant == vPlain && end == s.toks[j].end && s.fieldAhead(j)
				if field && !m.ownNamed(h.o) {
					// an oil or gas field is named after a person or a tribe as often as
					// after a town: "the al-Omar oil field" is no 'Omer, Israel, which
					// "Omar" names only as another name
					continue
				}
				gk := int64(h.o)*8 + int64(variant)
				g, seen := index[gk]
				if !seen {
					g = len(groups)
					index[gk] = g
					groups = append(groups, m.newGroup(h.o, variant))
					groups[g].name = s.words(i, h.j)
					if variant == vPlain && i < h.j && genericWords(groups[g].name) && m.regionsOnly(h.o) && !m.oneBigRegion(h.o) {
						// A region named by generic words alone needs its country's support:
						// "the West Coast of the United States" is not New Zealand's West Coast.
						groups[g].weak = true
					}
				}
				groups[g].hidden = false
				groups[g].weak = groups[g].weak || weak
				if field {
					// "the Kirkuk oil field" is by Kirkuk only with support nearby, and
					// by no place that has the name only as another name
					groups[g].weak, groups[g].needNear = true, true
					m.keepOwnNamed(&groups[g])
				}
				if weak && variant == vPlain && m.smallOnly(h.o) {
					// a common word naming only small places ("Council", Idaho)
					groups[g].needNear = true
				}
				if variant == vPlain && i == h.j && givenNames[string(s.buf[s.toks[i].fs:s.toks[i].fe])] && m.smallOnly(h.o) {
					// a given name or surname on its own: likelier a person (or a vehicle)
					groups[g].weak, groups[g].needNear = true, true
				}
				if s.dateline(i, j) {
					groups[g].dateline = true
				}
				if end == s.toks[j].end && s.polityAhead(j) {
					groups[g].polity = true
				}
				if end == s.toks[j].end && j+1 < len(s.toks) && s.toks[j].join && s.facilityAhead(j+1) {
					groups[g].facility = true
				}
				if s.locative(i) && !(j+1 < len(s.toks) && s.toks[j].join && s.toks[j+1].upper) || s.regionAfterComma(j) {
					placeCue[h.o] = true // "in Albany", but not "in Western Anbar"; "WESTFORD, Mass."
				}
				if !seen {
					oneKey = append(oneKey, "")
				}
				if oneKey[g] == "" && i == h.j {
					oneKey[g] = string(s.buf[s.toks[i].fs:s.toks[i].fe])
				}
				if sf := seg[s.toks[i].start:end]; groups[g].accented == "" && accented(sf) && m.spelledExactly(sf, groups[g].cands) {
					groups[g].accented = sf
					m.keepSpelled(&groups[g], sf)
				}
				groups[g].mentions++
				raws = append(raws, raw{seg: si, start: s.toks[i].start, end: end, ti: i, tj: j, group: g, weak: groups[g].weak})
				prev = &raws[len(raws)-1]
				next = j + 1
				break
			}
			i = next
		}
		// relations between neighbours in this segment
		for r := segFirst; r+1 < len(raws); r++ {
			a, b := raws[r], raws[r+1]
			gap := strings.TrimSpace(seg[a.end:b.start])
			switch gap {
			case ",":
				groups[a.group].contains = append(groups[a.group].contains, b.group)
				groups[a.group].nearby = append(groups[a.group].nearby, b.group)
				groups[b.group].nearby = append(groups[b.group].nearby, a.group)
			case "in":
				// "Rota in Spain", as "Rota, Spain": the town in Spain (score skips
				// "Iraq in Kuwait", two places of one kind)
				groups[a.group].contains = append(groups[a.group].contains, b.group)
			case "and", ", and", "or", ", or", ";", "/", "&", "to", "-", "–", "and the":
				groups[a.group].nearby = append(groups[a.group].nearby, b.group)
				groups[b.group].nearby = append(groups[b.group].nearby, a.group)
			}
		}
	}
	if len(raws) == 0 && len(hiddenRaws) == 0 {
		return nil, nil
	}
	for k := range groups {
		groups[k].word = oneKey[k]
		// A one-word name that is only an alternate name of small places is rarely meant
		// ("Kristina" for Ristiina, "Wilkinson" for Putnam): it needs a place nearby.
		if g := &groups[k]; oneKey[k] != "" && g.variant == vPlain && !g.needNear && m.altOnly(g) && m.smallOnly(g.out) {
			g.weak, g.needNear = true, true
		}
		// A name seen as part of a person's name is that person elsewhere in the document too
		// ("Col. Rob Manning ... Manning said"), unless qualified ("Kirkuk province").
		groups[k].cue = placeCue[groups[k].out]
		if groups[k].variant == vPlain && person[groups[k].out] && !placeCue[groups[k].out] {
			groups[k].drop = true
		}
	}
	m.shortForms(groups)
	ctx := map[string]bool{}
	for _, c := range countries {
		ctx[strings.ToUpper(strings.TrimSpace(c))] = true
	}
	m.disambiguate(groups, ctx, demonymVotes, segments)
	m.pairPlaceRegion(segments, raws, groups)
	return m.mentions(segments, raws, groups), m.mentions(segments, hiddenRaws, groups)
}

// pairPlaceRegion makes a name written right after "Place, " the first-level region the place
// lies in, when it has that region among its candidates and was resolved in another country:
// "Fort Gordon, Georgia" in a briefing on Syria is the US state, not the country the Middle
// East's places lie near.
func (m *Matcher) pairPlaceRegion(segments []string, raws []raw, groups []group) {
	for k := 1; k < len(raws); k++ {
		p, r := raws[k-1], raws[k]
		if p.seg != r.seg || p.end > r.start || strings.TrimSpace(segments[r.seg][p.end:r.start]) != "," {
			continue
		}
		pg, g := &groups[p.group], &groups[r.group]
		if pg.chosen < 0 || pg.chosen >= len(pg.cands) || len(g.cands) < 2 {
			continue
		}
		pe := m.ent(pg.cands[pg.chosen].e)
		if pe.Admin1Code == "" || pe.Kind == gazetteer.Country || pe.Kind == gazetteer.Region1 ||
			g.chosen >= 0 && g.chosen < len(g.cands) && m.ent(g.cands[g.chosen].e).Country == pe.Country {
			continue // already in the place's country ("Raqqa, Raqqah and Ar Raqqah" is a list)
		}
		for ci, c := range g.cands {
			if e := m.ent(c.e); e.Kind == gazetteer.Region1 && e.Admin1Code == pe.Admin1Code {
				g.chosen = ci
				break
			}
		}
	}
}

// mentions returns the mentions of the raws whose groups were not dropped.
func (m *Matcher) mentions(segments []string, raws []raw, groups []group) []Mention {
	if len(raws) == 0 {
		return nil
	}
	mentions := make([]Mention, 0, len(raws))
	for _, r := range raws {
		g := &groups[r.group]
		if g.drop {
			continue
		}
		mentions = append(mentions, Mention{Segment: r.seg, Start: r.start, End: r.end,
			Text: segments[r.seg][r.start:r.end], Place: m.place(g.cands[g.chosen].e)})
	}
	return mentions
}

// words returns the folded words of tokens i to j joined by spaces.
func (s *scanner) words(i, j int) string {
	var b strings.Builder
	for t := i; t <= j; t++ {
		if t > i {
			b.WriteByte(' ')
		}
		b.Write(s.buf[s.toks[t].fs:s.toks[t].fe])
	}
	return b.String()
}

// shortForms resolves a town's name that begins a longer town's name the document also uses
// to that town: "Avondale Estates ... Avondale" is Avondale Estates, not Avondale, Arizona.
// Both names must be plain and name only populated places (so "New York" beside "New York
// City" stays the state), and the longer one must add a word that is not generic ("London
// City" does not make "London" the City of London).
func (m *Matcher) shortForms(groups []group) {
	placesOnly := func(g *group) bool {
		for _, c := range g.cands {
			if m.ent(c.e).Kind != gazetteer.Place {
				return false
			}
		}
		return len(g.cands) > 0
	}
	var longer []int // plain groups whose name has several words
	for b := range groups {
		if gb := &groups[b]; gb.variant == vPlain && !gb.drop && !gb.hidden && strings.IndexByte(gb.name, ' ') > 0 {
			longer = append(longer, b)
		}
	}
	if len(longer) == 0 {
		return
	}
	for a := range groups {
		ga := &groups[a]
		if ga.variant != vPlain || ga.name == "" || ga.drop || !placesOnly(ga) {
			continue
		}
		for _, b := range longer {
			gb := &groups[b]
			if b == a || len(gb.name) <= len(ga.name)+1 || gb.name[len(ga.name)] != ' ' || !strings.HasPrefix(gb.name, ga.name) ||
				genericWords(gb.name[len(ga.name)+1:]) || !placesOnly(gb) {
				continue
			}
			ga.cands = slices.Clone(gb.cands)
			ga.prior = slices.Clone(gb.prior)
			ga.chosen = gb.chosen
			ga.weak, ga.needNear = gb.weak, gb.needNear
			break
		}
	}
}

// genericWords reports whether every word of a folded name is a generic or common word
// ("city", "heights", "north"): "London City" is no longer name of which "London" is short.
func genericWords(name string) bool {
	for w := range strings.FieldsSeq(name) {
		if !lowerOK[w] && !commonWords[w] && !modifierWords[w] {
			return false
		}
	}
	return true
}

// wordOut returns the trie output of one folded word, or -1.
func (m *Matcher) wordOut(w []byte) int32 {
	n := int32(0)
	for _, b := range w {
		if n = m.trie.child(n, b); n == 0 {
			return -1
		}
	}
	if o := m.trie.out[n]; o >= 0 && len(m.outs[o].cands) > 0 {
		return o
	}
	return -1
}

// altOnly reports whether a group's candidates were all found by an alternate name.
func (m *Matcher) altOnly(g *group) bool {
	for _, c := range g.cands {
		if c.flags&(fMain|fAlias|fCurated) != 0 || m.custom[c.e] {
			return false
		}
	}
	return true
}

// smallPop: see tiny.
const smallPop = 5000

// widePop: a name of a feature of no one country (an ocean, a sea, a continent) is no name of
// a place of fewer people (see newGroup).
const widePop = 100000

// tiny reports whether every candidate of a group is a populated place of fewer than smallPop
// people named by its main name, none of them a site's own.
func (m *Matcher) tiny(g *group) bool {
	for _, c := range g.cands {
		e := m.ent(c.e)
		if e.Kind != gazetteer.Place || e.Population >= smallPop || m.custom[c.e] || c.flags&fAlias != 0 || unknownSeat(e) {
			return false
		}
	}
	return true
}

// unknownSeat reports whether e is an administrative seat whose population GeoNames does not
// give (0): in Iraq and Syria such seats are often towns of thousands ("Taftanaz").
func unknownSeat(e *gazetteer.Entry) bool {
	return e.Population == 0 && strings.HasPrefix(e.FeatureCode, "PPLA")
}

// lowerWord reports whether the documents' segments contain w (lower-case ASCII) as a
// whole word.
func lowerWord(segments []string, w string) bool {
	for _, seg := range segments {
		for off := 0; ; {
			i := strings.Index(seg[off:], w)
			if i < 0 {
				break
			}
			i += off
			e := i + len(w)
			if (i == 0 || !isWordByte(seg, prevRuneStart(seg, i))) && (e == len(seg) || !isWordByte(seg, e)) {
				return true
			}
			off = i + 1
		}
	}
	return false
}

func prevRuneStart(s string, i int) int {
	_, n := utf8.DecodeLastRuneInString(s[:i])
	return i - n
}

// countyOnly reports whether every candidate of a key is a second-level region found by its
// main name ("Henderson County"): a name that says which county a text is about even inside
// an organisation's name.
func (m *Matcher) countyOnly(o int32) bool {
	for _, c := range m.outs[o].cands {
		if m.ent(c.e).Kind != gazetteer.Region2 || c.flags&fMain == 0 {
			return false
		}
	}
	return len(m.outs[o].cands) > 0
}

// regionsOnly reports whether every candidate of a key is a first- or second-level region
// from the gazetteer (not a site's own place or alias).
func (m *Matcher) regionsOnly(o int32) bool {
	for _, c := range m.outs[o].cands {
		if k := m.ent(c.e).Kind; k != gazetteer.Region1 && k != gazetteer.Region2 || m.custom[c.e] || c.flags&fAlias != 0 {
			return false
		}
	}
	return len(m.outs[o].cands) > 0
}

// namesCountryOrRegions reports whether a key names a country, or regions only.
func (m *Matcher) namesCountryOrRegions(o int32) bool {
	regions := 0
	for _, c := range m.outs[o].cands {
		switch m.ent(c.e).Kind {
		case gazetteer.Country:
			return true
		case gazetteer.Region1, gazetteer.Region2:
			regions++
		}
	}
	return regions > 0 && regions == len(m.outs[o].cands)
}

// namesCountryOrRegion1 reports whether some candidate of a key is a country or a first-level
// region.
func (m *Matcher) namesCountryOrRegion1(o int32) bool {
	for _, c := range m.outs[o].cands {
		if k := m.ent(c.e).Kind; k == gazetteer.Country || k == gazetteer.Region1 {
			return true
		}
	}
	return false
}

// portfolioTitles are the titles of ministers and their like, whose portfolio a common word
// before them names ("Energy Secretary").
var portfolioTitles = wordSet(`secretary minister commissioner`)

// oneBigRegion reports whether a key names a single first-level region of a million people
// or more: "West Bank" is a name, not a description, where "West Coast" and "Eastern
// Province" are regions of several countries or small ones.
func (m *Matcher) oneBigRegion(o int32) bool {
	cands := m.outs[o].cands
	if len(cands) != 1 {
		return false
	}
	e := m.ent(cands[0].e)
	return e.Kind == gazetteer.Region1 && e.Population >= 1000000
}

// smallOnly reports whether no candidate of a key is a country, a first-level region, a
// feature of no one country (an ocean, a continent) or a place of 100,000 people or more.
func (m *Matcher) smallOnly(o int32) bool {
	for _, c := range m.outs[o].cands {
		e := m.ent(c.e)
		if e.Kind == gazetteer.Country || e.Kind == gazetteer.Region1 || e.Kind == gazetteer.Feature && e.Country == "" ||
			e.Population >= 100000 || m.custom[c.e] || c.flags&fAlias != 0 {
			return false
		}
	}
	return true
}

// fits reports whether a candidate fits a group variant.
func (m *Matcher) fits(c cand, variant uint8) bool {
	k := m.ent(c.e).Kind
	switch variant {
	case vAbbr:
		return c.flags&fAbbr != 0
	case vRegion1:
		return k == gazetteer.Region1 && c.flags&fAbbr == 0
	case vRegion2:
		return k == gazetteer.Region2 && c.flags&fAbbr == 0
	case vCity:
		return k == gazetteer.Place && c.flags&(fAbbr|fBare) == 0
	}
	return c.flags&(fAbbr|fBare) == 0
}

// provinceLevel returns the variant "province" after a name asks for: a first-level region, or
// a second-level one when no first-level region has the name, as the provinces of the
// Philippines are second-level regions ("Sulu province").
func (m *Matcher) provinceLevel(o int32) uint8 {
	if !m.hasVariant(o, vRegion1) && m.hasVariant(o, vRegion2) {
		return vRegion2
	}
	return vRegion1
}

func (m *Matcher) hasVariant(o int32, variant uint8) bool {
	for _, c := range m.outs[o].cands {
		if m.fits(c, variant) {
			return true
		}
	}
	return false
}

func (m *Matcher) newGroup(o int32, variant uint8) group {
	g := group{out: o, variant: variant, cands: make([]cand, 0, len(m.outs[o].cands))}
	for _, c := range m.outs[o].cands {
		if m.fits(c, variant) {
			g.cands = append(g.cands, c)
		}
	}
	// A country's name is not a village's: "China" is never China, Texas (1,100 people); nor
	// is the own name of a first-level region of ten million people or more, a nation of a
	// state ("England" is not England, Arkansas); nor is an ocean's or a continent's a town's
	// ("Atlantic" is not Atlantic, Iowa); and a country's own name is no other name of a town
	// ("Egypt" is not Goodyear, Arizona, once called so).
	if len(g.cands) > 1 {
		minPop, countryMain := 0, false
		for _, c := range g.cands {
			switch e := m.ent(c.e); {
			case e.Kind == gazetteer.Country:
				g.countryName = true
				minPop = max(minPop, smallPop)
				countryMain = countryMain || c.flags&fMain != 0
			case e.Kind == gazetteer.Feature && e.Country == "" && c.flags&fAbbr == 0:
				minPop = max(minPop, widePop)
			case e.Kind == gazetteer.Region1 && e.Population >= nationPop && c.flags&(fAbbr|fMain) == fMain:
				minPop = max(minPop, smallPop)
			}
		}
		if minPop > 0 {
			k := 0
			for _, c := range g.cands {
				if e := m.ent(c.e); e.Kind != gazetteer.Place || e.Population >= minPop && (!countryMain || c.flags&fMain != 0) || m.custom[c.e] || c.flags&fAlias != 0 {
					g.cands[k] = c
					k++
				}
			}
			g.cands = g.cands[:k]
		}
	}
	// A water body's own name, ending in its generic word, is the water body, not a region
	// or town named after it ("Red Sea" is the sea, not Egypt's governorate, which the text
	// calls "Red Sea Governorate" or "Red Sea province").
	if len(g.cands) > 1 && variant == vPlain {
		for _, c := range g.cands {
			if e := m.ent(c.e); e.Kind == gazetteer.Feature && c.flags&fMain != 0 && waterName(e.Name) {
				g.cands = append(g.cands[:0], c)
				break
			}
		}
	}
	if len(g.cands) == 0 { // an abbreviation that is also a name, not after a place
		g.cands = append(g.cands, m.outs[o].cands...)
	}
	g.prior = make([]float64, len(g.cands))
	best, bestAlias := -1, false
	firstCountry, countries := "", 0 // countries: 1, or 2 for two or more
	if variant != vPlain {
		bestAlias = true // qualified: "X province" is a place whatever X's homonyms
	}
	for k, c := range g.cands {
		g.prior[k] = m.prior(c)
		if e := m.ent(c.e); e.Population >= worldCityPop && e.FeatureCode == "PPLC" {
			g.worldCity = true
		}
		if e := m.ent(c.e); e.Population >= worldCityPop/2 && e.FeatureCode == "PPLA" && c.flags&fMain != 0 {
			g.bigSeat = true
		}
		if e := m.ent(c.e); e.Kind == gazetteer.Place && e.Population >= landmarkPop && c.flags&fMain != 0 {
			g.bigMain = true
		}
		if cc := m.ent(c.e).Country; k == 0 {
			firstCountry, countries = cc, 1
		} else if cc != firstCountry {
			countries = 2
		}
		if best < 0 || g.prior[k] > g.prior[best] {
			best = k
		}
		bestAlias = bestAlias || c.flags&fAlias != 0
	}
	// A first-level region whose seat has the same name yields to the seat ("Raqqa" is the
	// city; "Raqqa province" the region), unless the seat holds only a small part of the
	// region's people ("Quebec" is the province). So does a second-level region placed at its
	// seat ("Saada" is the city, not the district around it).
	for k, c := range g.cands {
		e := m.ent(c.e)
		if e.Kind != gazetteer.Region1 && e.Kind != gazetteer.Region2 {
			continue
		}
		for _, d := range g.cands {
			if p := m.ent(d.e); p.Kind == gazetteer.Place && seatOf(p, e) && e.Population < seatShare*p.Population {
				g.prior[k] -= 3
				break
			}
		}
	}
	// Names shared by places in several countries, none of them big, need context.
	if !bestAlias && countries >= 2 && variant == vPlain {
		e := m.ent(g.cands[best].e)
		if (e.Kind == gazetteer.Place || e.Kind == gazetteer.Region2) && e.Population < 100000 {
			g.weak = true
		}
	}
	g.chosen = best
	return g
}

// nationPop: the own name of a first-level region of nationPop people or more is no village's
// (see newGroup).
const nationPop = 10000000

// waterName reports whether a feature's name ends in the generic word of a body of water
// ("Red Sea", "Atlantic Ocean", "Persian Gulf"; see newGroup).
func waterName(name string) bool {
	i := strings.LastIndexByte(name, ' ')
	if i < 0 {
		return false
	}
	switch name[i+1:] {
	case "Sea", "Ocean", "Gulf", "Bay", "Strait", "River":
		return true
	}
	return false
}

// seatOf reports whether place p is the seat of region r: for a first-level region a
// first-level seat or capital inside it, for a second-level one a seat of any level inside it
// at the region's own point (GeoNames gives second-level regions no point; the gazetteer
// places them at their seat).
func seatOf(p, r *gazetteer.Entry) bool {
	if p.Admin1Code != r.Admin1Code {
		return false
	}
	if r.Kind == gazetteer.Region1 {
		return p.FeatureCode == "PPLA" || p.FeatureCode == "PPLC"
	}
	return strings.HasPrefix(p.FeatureCode, "PPLA") && r.HasCoords && p.Lat == r.Lat && p.Lon == r.Lon
}

// seatShare: a first-level region yields to its seat of the same name when it has fewer than
// seatShare times the seat's people.
const seatShare = 5

// Coherence (see coherence): weight, radius in km, cap, and the inverse temperature of the
// softmax that turns a name's priors into its candidates' shares.
const cohW, cohR, cohCap, cohT = 3.0, 50.0, 3.0, 1.0

// A candidate of another name within cohClose km counts with a share of at least
// cohCloseShare: two namesakes seldom lie that close by chance, so the pair is evidence even when
// the other name is weak ("Edmonton" beside "Enfield", found only as another name of Enfield Town).
const cohClose, cohCloseShare = 10.0, 0.5

// coherence adds to each candidate's prior a bonus for the other names of the document that
// have some candidate near it: places named together tend to lie together, so "London" and
// "St. Thomas" in one text are the pair in Ontario, and "Walker County" and "Huntsville" the
// pair in Texas. Each other name counts once, with the largest share (a softmax of its
// candidates' priors) of its candidates within cohR km, so a name whose candidates are many
// and alike is weak evidence for any one point; the bonus is cohW times the sum, at most
// cohCap. A name that will need a confident place nearby to be kept (needNear or lone: a
// surname that is only a village's name) gives no bonus: else it props up a namesake by it
// that then keeps it ("Kinsey" would make "Henry County" the one in Alabama beside Indiana).
// Priors change only after every bonus is known, so the order of names does not matter.
func (m *Matcher) coherence(groups []group) {
	type cpt struct {
		lat, lon float64
		group    int32
		e        int32
		w        float64 // the candidate's share of its name (softmax of the priors)
	}
	total, multi := 0, 0
	for k := range groups {
		if !groups[k].drop {
			total += len(groups[k].cands)
			if len(groups[k].cands) > 1 {
				multi++
			}
		}
	}
	if multi == 0 || len(groups) < 2 {
		return
	}
	pts := make([]cpt, 0, total)
	for k := range groups {
		g := &groups[k]
		if g.drop || g.needNear || g.lone {
			continue // a name that needs a confident place nearby cannot be one
		}
		top := math.Inf(-1)
		for _, p := range g.prior {
			top = max(top, p)
		}
		sum := 0.0
		for _, p := range g.prior {
			sum += math.Exp(cohT * (p - top))
		}
		for ci, c := range g.cands {
			if e := m.ent(c.e); e.HasCoords && e.Kind != gazetteer.Country && e.Kind != gazetteer.Feature && !m.smallAlternate(c) {
				pts = append(pts, cpt{e.Lat, e.Lon, int32(k), c.e, math.Exp(cohT*(g.prior[ci]-top)) / sum})
			}
		}
	}
	// Few points are scanned whole; many are sorted by latitude and searched.
	sorted := len(pts) > 64
	if sorted {
		slices.SortFunc(pts, func(a, b cpt) int {
			if a.lat < b.lat {
				return -1
			}
			if a.lat > b.lat {
				return 1
			}
			return 0
		})
	}
	const degKm = 111.195
	dlat := cohR / degKm
	best := make([]float64, len(groups)) // the nearest candidates' largest share, by group
	bonus := make([]float64, total)      // by group, then candidate (off)
	var near []int32
	// take counts another name's candidate share; sumNear sums the counted names' largest
	// shares into the bonus and resets them.
	take := func(h int32, w float64) {
		if best[h] == 0 {
			near = append(near, h)
		}
		best[h] = w
	}
	sumNear := func() float64 {
		sum := 0.0
		for _, h := range near {
			sum += best[h]
			best[h] = 0
		}
		return min(cohCap, cohW*sum)
	}
	off := 0
	for k := range groups {
		g := &groups[k]
		if g.drop {
			continue
		}
		for ci, c := range g.cands {
			e := m.ent(c.e)
			if len(g.cands) < 2 || e.Kind == gazetteer.Feature || m.smallAlternate(c) {
				continue // a small town's other name pairs with a neighbour by chance
			}
			near = near[:0]
			if e.Kind == gazetteer.Country || e.Kind == gazetteer.Region1 {
				// a country or region: the other names with candidates inside it
				for _, p := range pts {
					if groups[p.group].out != g.out && p.w > best[p.group] && contains(e, m.ent(p.e)) {
						take(p.group, p.w)
					}
				}
				bonus[off+ci] = sumNear()
				continue
			}
			if !e.HasCoords {
				continue
			}
			coslat := math.Cos(e.Lat * math.Pi / 180)
			lo := 0
			if sorted {
				lo = sort.Search(len(pts), func(i int) bool { return pts[i].lat >= e.Lat-dlat })
			}
			for _, p := range pts[lo:] {
				if p.lat > e.Lat+dlat {
					if sorted {
						break
					}
					continue
				}
				if p.lat < e.Lat-dlat {
					continue
				}
				if groups[p.group].out == g.out || p.w <= best[p.group] {
					continue
				}
				x := (p.lon - e.Lon) * coslat
				y := p.lat - e.Lat
				if d := degKm * math.Sqrt(x*x+y*y); d <= cohR {
					w := p.w
					if d <= cohClose {
						w = max(w, cohCloseShare)
					}
					if w > best[p.group] {
						take(p.group, w)
					}
				}
			}
			bonus[off+ci] = sumNear()
		}
		off += len(g.cands)
	}
	off = 0
	for k := range groups {
		g := &groups[k]
		if g.drop {
			continue
		}
		for ci := range g.cands {
			g.prior[ci] += bonus[off+ci]
		}
		off += len(g.cands)
	}
}

// smallAlternate reports whether c is a town of fewer than 100,000 people found by one of its
// other names (not its own, a curated or a site's one): see coherence.
func (m *Matcher) smallAlternate(c cand) bool {
	e := m.ent(c.e)
	return e.Kind == gazetteer.Place && c.flags&(fMain|fAlias|fCurated) == 0 && !m.custom[c.e] && e.Population < 100000
}

// votes is the document's evidence: the current choices of its groups (see disambiguate).
type votes struct {
	country map[int32]float64 // by country number (see Matcher.codes)
	named   map[int32]float64 // countries the document names itself ("France")
	nNamed  float64           // sum of named
	admin1  map[int32]float64
	admin2  map[int32]float64
	n       float64
	top     float64  // the most votes of one country (see dominant)
	points  []vpoint // at most maxPoints, in group order
	skip    int      // the group being scored, whose own vote does not count (-1: none)
	skipOut int32    // its name: other variants of it ("Anderson County district") do not count either
}

type vpoint struct {
	lat, lon float64
	group    int
	out      int32
	e        int32 // the entry (-1: unknown; see selfPoint)
}

const maxPoints = 100

// A candidate in a country no other place of the document names loses domPenalty when one
// country has at least domShare of the document's domMin or more votes: in local news of one
// country, "Paris" and "Palestine" are the local homonyms unless the text names France or the
// Palestinian territories too.
const (
	domShare   = 0.5
	domMin     = 3.0
	domPenalty = 4.0
)

// weakVoteW is the weight of the vote of a weak name (one that needs support, see
// disambiguate): until the support check keeps it, a given name or a common word that may be
// no place at all ("Mason, Devon and the driver") counts half as much as a confident name.
const weakVoteW = 0.5

// voteWeight is the weight of a group's vote: weakVoteW for a weak name; 1 + log2(times
// written) for a name that may be a first-level region, which a text names again and again
// when it is about it ("Ontario" eight times beside "Woodstock" and "Oxford": the towns in
// Ontario, not the pair in England); else 1.
func (m *Matcher) voteWeight(g *group) float64 {
	if g.weak {
		return weakVoteW
	}
	if g.mentions > 1 {
		for _, c := range g.cands {
			if m.ent(c.e).Kind == gazetteer.Region1 {
				return 1 + math.Log2(float64(g.mentions))
			}
		}
	}
	return 1
}

// foreignPop: see the support rules in disambiguate.
const foreignPop = 30000

// namedBonus is added to a candidate in a country the document names itself ("France"):
// "Paris" in a text that names France is Paris, France, even among American places. admin2W
// weighs the share of the document's places in the candidate's second-level region (a county
// named with its seat: "Walker County ... Huntsville").
const (
	namedBonus = 3.0
	admin2W    = 3.0
)

// keepSpelled drops the candidates of g that do not spell surface, a name written with letters
// beyond ASCII that at least one of them spells: the writer chose those letters ("Ørland" is
// the Norwegian municipality, not Orland, California, whatever else the text names).
func (m *Matcher) keepSpelled(g *group, surface string) {
	k := 0
	for i, c := range g.cands {
		if m.spelledExactly(surface, []cand{c}) {
			g.cands[k], g.prior[k] = c, g.prior[i]
			k++
		}
	}
	if k > 0 && k < len(g.cands) {
		g.cands, g.prior = g.cands[:k], g.prior[:k]
		g.spelledApart = true
	}
}

// accented reports whether s holds a letter beyond ASCII ("Ørland", "Bogotá").
func accented(s string) bool {
	for _, r := range s {
		if r >= utf8.RuneSelf && unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// datelineBonus is added to a city candidate of a name written as a dateline.
const datelineBonus = 3.0

// score adds the document's evidence to a candidate's prior.
func (m *Matcher) score(c cand, prior float64, ctx map[string]bool, v *votes, self *group, groups []group) float64 {
	e := m.ent(c.e)
	s := prior
	if len(ctx) > 0 && e.Country != "" && ctx[e.Country] {
		s += 6
	}
	if v != nil && v.n > 0 {
		code := m.codes[c.e]
		share := v.country[code.country] / v.n
		// A small namesake of a world city, or a town of fewer than foreignPop people named
		// like a big region's seat, needs more than its country's share of the document: a
		// place of its region or near it, or a neighbour's coherence ("London" in a text about
		// Washington is not London, Ohio; "Stuttgart" in one naming the U.S. is not Stuttgart,
		// Arkansas).
		national := !(self != nil && (self.worldCity || self.bigMain && m.smallAlternate(c) || self.bigSeat && e.Population < foreignPop) &&
			e.Kind == gazetteer.Place && e.Population < landmarkPop && !m.local(c, prior, v, self))
		if national {
			s += 5 * share
		}
		if national && v.nNamed > 0 && e.Kind != gazetteer.Country && v.named[code.country] > 0 && (self == nil || !self.countryName) {
			// "Paris" in a text that names France; not a town named like a country
			// ("Mexico", Missouri, beside "U.S.")
			s += namedBonus
		}
		if share == 0 && v.n >= domMin && v.top >= domShare*v.n && !(e.Kind == gazetteer.Place && e.Population >= worldCityPop) && e.Kind != gazetteer.Country && e.Country != "" {
			s -= domPenalty
		}
		if code.a1 != 0 {
			s += 3 * v.admin1[code.a1] / v.n
		}
		if code.a2 != 0 && len(v.admin2) > 0 {
			s += admin2W * v.admin2[code.a2] / v.n
		}
		if e.HasCoords && e.Kind != gazetteer.Country && !m.inNamesakeRegion(e, self) {
			s += nearness(e.Lat, e.Lon, m.selfPoint(c, self), v)
		}
	}
	if self != nil && v != nil && (e.Kind == gazetteer.Country || e.Kind == gazetteer.Region1) && m.listKind(e, self, groups) {
		s += listKindBonus // "Alabama, Georgia and Florida" are three states
	}
	if self != nil && self.polity && (e.Kind == gazetteer.Country || e.Kind == gazetteer.Region1) {
		s += listKindBonus // "Quebec Health Minister": a province's government, not the city's
	}
	if self != nil && self.dateline && e.Kind == gazetteer.Place {
		s += datelineBonus // a dateline names a city: "NEW YORK (AP)" is not the state
	}
	if self != nil && len(self.contains) > 0 {
		// "X, Y" is a list, not X in Y, when X could be of Y's own kind: "Russia, United
		// States" names two countries, not Russia, Ohio.
		var kinds [8]bool
		for _, c := range self.cands {
			kinds[m.ent(c.e).Kind&7] = true
		}
		for _, h := range self.contains {
			for _, y := range groups[h].cands {
				if k := m.ent(y.e).Kind; (k == gazetteer.Country || k == gazetteer.Region1) && kinds[k&7] {
					continue
				}
				if contains(m.ent(y.e), e) {
					s += 10
					break
				}
			}
		}
	}
	return s
}

// inNamesakeRegion reports whether e is a town, not the seat nor a city of a million people,
// inside a first-level region of the same name that is also a candidate of the group ("Okinawa", the city, inside Okinawa
// prefecture): the places near the town lie in the region too, so nearness does not choose
// the town.
func (m *Matcher) inNamesakeRegion(e *gazetteer.Entry, self *group) bool {
	if self == nil || e.Kind != gazetteer.Place || e.Admin1Code == "" || e.FeatureCode == "PPLA" || e.FeatureCode == "PPLC" || e.Population >= worldCityPop {
		return false // a seat is its region's city ("Raqqa"); "New York" near Riverdale the city
	}
	for _, c := range self.cands {
		if r := m.ent(c.e); r.Kind == gazetteer.Region1 && r.Admin1Code == e.Admin1Code {
			return true
		}
	}
	return false
}

// listKindBonus is added to a country or first-level region whose list neighbour ("A, B and
// C") is currently a country, or a first-level region of the same country: "Georgia" listed
// with "Alabama" is the state, listed with "Armenia" the country.
const listKindBonus = 2.0

// listKind reports whether a confident list neighbour of group g is now an entry of e's kind
// (and, for a first-level region, of its country).
func (m *Matcher) listKind(e *gazetteer.Entry, g *group, groups []group) bool {
	for _, h := range g.nearby {
		if h >= len(groups) || groups[h].drop || groups[h].weak || groups[h].hidden {
			continue
		}
		f := m.ent(groups[h].cands[groups[h].chosen].e)
		if f.Kind == e.Kind && (e.Kind == gazetteer.Country || f.Country == e.Country) && f != e {
			return true
		}
	}
	return false
}

// worldCityPop: see score.
const worldCityPop = 1000000

// local reports whether the document supports candidate c of group g by more than its
// country: another place of its first- or second-level region, a place within 200 km, or a
// neighbour's coherence (a prior above its own).
func (m *Matcher) local(c cand, prior float64, v *votes, g *group) bool {
	code := m.codes[c.e]
	if code.a1 != 0 && v.admin1[code.a1] > 0 || code.a2 != 0 && v.admin2[code.a2] > 0 || prior > m.prior(c)+1e-9 {
		return true
	}
	e := m.ent(c.e)
	return e.HasCoords && nearness(e.Lat, e.Lon, m.selfPoint(c, g), v) >= 1.5
}

// selfPoint returns the entry whose points nearness leaves out when it scores candidate c of
// group g: c itself when g's name is also a country's ("Mexico" beside "Mexico City" is the
// country, not the city near itself), else -1 (variants of one name support each other:
// "Raqqa ... Ar Raqqah").
func (m *Matcher) selfPoint(c cand, g *group) int32 {
	if g == nil {
		return -1
	}
	for _, d := range g.cands {
		if m.ent(d.e).Kind == gazetteer.Country {
			return c.e
		}
	}
	return -1
}

// nearness scores how close a point is to the nearest other place of the document: 2 within
// 50 km, 1.5 within 200 km, 0.5 within 500 km. Distances use the equirectangular
// approximation, which is within a fraction of a per cent of the great-circle distance at
// these ranges.
func nearness(lat, lon float64, self int32, v *votes) float64 {
	const degKm = 111.195 // km per degree of a great circle (R = 6371 km)
	coslat := math.Cos(lat * math.Pi / 180)
	best := math.Inf(1)
	for _, p := range v.points {
		if p.group == v.skip || p.out == v.skipOut || self >= 0 && p.e == self {
			continue
		}
		dlat := p.lat - lat
		if dlat > 4.6 || dlat < -4.6 { // more than 500 km apart
			continue
		}
		dlon := p.lon - lon
		if dlon > 180 {
			dlon -= 360
		} else if dlon < -180 {
			dlon += 360
		}
		x := dlon * coslat
		if d := degKm * math.Sqrt(x*x+dlat*dlat); d < best {
			best = d
		}
	}
	switch {
	case best < 50:
		return 2
	case best < 200:
		return 1.5
	case best < 500:
		return 0.5
	}
	return 0
}

// contains reports whether region or country a contains b.
func contains(a, b *gazetteer.Entry) bool {
	switch a.Kind {
	case gazetteer.Country:
		return b.Kind != gazetteer.Country && a.Country == b.Country
	case gazetteer.Region1:
		return b.Kind != gazetteer.Country && b.Kind != gazetteer.Region1 && b.Admin1Code == a.Admin1Code
	case gazetteer.Region2:
		return b.Kind == gazetteer.Place && a.Admin2Code != "" && b.Admin2Code == a.Admin2Code
	}
	return false
}

// vote adds (d = 1) or removes (d = -1) group k's current choice to or from v.
func (m *Matcher) vote(v *votes, g *group, d float64) {
	d *= g.voteW
	e := m.ent(g.cands[g.chosen].e)
	v.n += d
	c := m.codes[g.cands[g.chosen].e]
	v.country[c.country] += d
	if e.Kind == gazetteer.Country {
		v.named[c.country] += d
		v.nNamed += d
	}
	if c.a1 != 0 {
		v.admin1[c.a1] += d
	}
	if c.a2 != 0 {
		v.admin2[c.a2] += d
	}
}

func (m *Matcher) newVotes() *votes {
	return &votes{country: map[int32]float64{}, named: map[int32]float64{},
		admin1: map[int32]float64{}, admin2: map[int32]float64{}, skip: -1, skipOut: -1}
}

// setTop sets v.top.
func (v *votes) setTop() {
	v.top = 0
	for _, n := range v.country {
		v.top = max(v.top, n)
	}
}

// points sets v.points to the points of the groups' current choices.
func (m *Matcher) points(v *votes, groups []group) {
	v.points = v.points[:0]
	for k := range groups {
		g := &groups[k]
		if g.drop {
			continue
		}
		e := m.ent(g.cands[g.chosen].e)
		if e.HasCoords && e.Kind != gazetteer.Country && e.Kind != gazetteer.Feature && len(v.points) < maxPoints {
			v.points = append(v.points, vpoint{e.Lat, e.Lon, k, g.out, g.cands[g.chosen].e})
		}
	}
}

func (m *Matcher) disambiguate(groups []group, ctx map[string]bool, demonymVotes map[string]float64, segments []string) {
	for k := range groups {
		g := &groups[k]
		// see the support rules below; a dateline is a place whatever its size
		g.lone = g.word != "" && g.variant == vPlain && !g.dateline && m.smallOnly(g.out) && (m.tiny(g) || lowerWord(segments, g.word))
	}
	m.coherence(groups)
	for k := range groups {
		g := &groups[k]
		best, bestScore := 0, math.Inf(-1)
		for ci, c := range g.cands {
			if sc := m.score(c, g.prior[ci], ctx, nil, g, groups); m.better(c, sc, g.cands[best], bestScore) {
				best, bestScore = ci, sc
			}
		}
		g.chosen = best
	}
	// Two more rounds, each group scored against the others' current choices.
	v := m.newVotes()
	// Groups of the same name in another variant ("Anderson County" and "Anderson County
	// district") must not vote for each other.
	var siblings map[int32][]int
	{
		seen := make(map[int32]int, len(groups))
		for k := range groups {
			if f, ok := seen[groups[k].out]; ok {
				if siblings == nil {
					siblings = map[int32][]int{}
				}
				if len(siblings[groups[k].out]) == 0 {
					siblings[groups[k].out] = []int{f}
				}
				siblings[groups[k].out] = append(siblings[groups[k].out], k)
			} else {
				seen[groups[k].out] = k
			}
		}
	}
	// A demonym ("Turkish policeman", "Russian President") is a vote for its country.
	for cc, n := range demonymVotes {
		if i, ok := m.countryIdx[cc]; ok {
			v.country[m.codes[i].country] += n
		}
		v.n += n
	}
	for k := range groups {
		groups[k].voteW = m.voteWeight(&groups[k])
		if !groups[k].drop {
			m.vote(v, &groups[k], 1)
		}
	}
	rescore := func() {
		m.points(v, groups)
		for k := range groups {
			g := &groups[k]
			if len(g.cands) == 1 || g.drop { // a dropped name neither votes nor shows
				continue
			}
			m.vote(v, g, -1)
			sib := siblings[g.out]
			for _, h := range sib {
				if h != k && !groups[h].drop {
					m.vote(v, &groups[h], -1)
				}
			}
			v.skip, v.skipOut = k, g.out
			v.setTop()
			best, bestScore := 0, math.Inf(-1)
			for ci, c := range g.cands {
				sc := m.score(c, g.prior[ci], ctx, v, g, groups)
				if m.better(c, sc, g.cands[best], bestScore) {
					best, bestScore = ci, sc
				}
			}
			v.skip, v.skipOut = -1, -1
			for _, h := range sib {
				if h != k && !groups[h].drop {
					m.vote(v, &groups[h], 1)
				}
			}
			if best != g.chosen {
				g.chosen = best
				e := m.ent(g.cands[best].e)
				for p := range v.points {
					if v.points[p].group == k {
						v.points[p].lat, v.points[p].lon, v.points[p].e = e.Lat, e.Lon, g.cands[best].e
						if !e.HasCoords || e.Kind == gazetteer.Country || e.Kind == gazetteer.Feature {
							v.points[p].group = -2 // no longer a point
						}
					}
				}
			}
			m.vote(v, g, 1)
		}
	}
	for round := 1; round < 3; round++ {
		rescore()
	}
	// A one-word name whose places are all small (smallOnly) and that the document also
	// writes in lower case ("Industry ... industry") is an ordinary word there, and so is most
	// often a one-word name whose places all have fewer than smallPop people ("Advance",
	// "Wilson"): both need a place nearby, unless a context country holds the chosen place.
	for k := range groups {
		g := &groups[k]
		if g.word == "" || g.variant != vPlain || g.needNear || g.drop || !m.smallOnly(g.out) {
			continue
		}
		if e := m.ent(g.cands[g.chosen].e); len(ctx) > 0 && ctx[e.Country] {
			continue
		}
		if m.tiny(g) || lowerWord(segments, g.word) {
			g.weak, g.needNear = true, true
		}
	}
	// Weak names need support: a context country, a confident place of the same country or
	// within 300 km, or a confident neighbour in a list.
	// With context countries, a place elsewhere that is small or was named only by one of
	// its alternate names ("Taliban" for Bozhuyuk, Turkey) needs support nearby.
	if len(ctx) > 0 {
		for k := range groups {
			g := &groups[k]
			c := g.cands[g.chosen]
			e := m.ent(c.e)
			if g.variant != vPlain || c.flags&fAlias != 0 || m.custom[c.e] || e.Kind == gazetteer.Country || e.Kind == gazetteer.Feature || ctx[e.Country] {
				continue
			}
			if c.flags&(fMain|fCurated) == 0 || e.Kind != gazetteer.Region1 && e.Population < 10000 {
				g.weak, g.needNear = true, true
			}
		}
	}
	// Without context countries, in a document where one country has most of the votes (see
	// domShare), a place elsewhere of fewer than foreignPop people, or of fewer than a million
	// named by an alternate name, that nothing else in the document places in its country is
	// most often a person's or an organisation's name ("Gonzalez" is not González, Mexico, in
	// a text about Iraq): it needs support nearby too.
	if len(ctx) == 0 && v.n >= domMin {
		v.skip, v.skipOut = -1, -1
		v.setTop()
		if v.top >= domShare*v.n {
			for k := range groups {
				g := &groups[k]
				c := g.cands[g.chosen]
				e := m.ent(c.e)
				if g.drop || g.hidden || g.variant != vPlain || g.facility || g.spelledApart || m.custom[c.e] || e.Kind == gazetteer.Country || e.Kind == gazetteer.Feature ||
					e.Population >= foreignPop && (c.flags&(fMain|fCurated) != 0 || e.Population >= 1000000) {
					continue
				}
				// another confident name votes for its country (a weak one's half vote is
				// not enough: "Christmas" does not vouch for "Heathrow", Florida)
				if v.country[m.codes[c.e].country]-g.voteW >= 1-1e-9 {
					continue
				}
				g.weak, g.needNear = true, true
			}
		}
	}
	wasDropped := make([]bool, len(groups))
	for k := range groups {
		wasDropped[k] = groups[k].drop
	}
	strong := func(k int) bool { return !groups[k].weak && !groups[k].drop && !groups[k].hidden }
	for k := range groups {
		g := &groups[k]
		if !g.weak || g.drop {
			continue
		}
		e := m.ent(g.cands[g.chosen].e)
		// a dateline names the place the text was filed from: a place, though its namesakes
		// lie in several countries ("CROMWELL —")
		ok := e.Country != "" && ctx[e.Country] || (g.cue || g.dateline) && !g.needNear || !g.needNear && demonymVotes[e.Country] > 0 && m.firstByPrior(g)
		for _, h := range g.nearby {
			if !strong(h) {
				continue
			}
			f := m.ent(groups[h].cands[groups[h].chosen].e)
			ok = ok || !g.needNear || f.Country == e.Country
		}
		for _, h := range g.contains {
			for _, y := range groups[h].cands {
				ok = ok || contains(m.ent(y.e), e)
			}
		}
		for h := range groups {
			if ok {
				break
			}
			if h == k || !strong(h) {
				continue
			}
			f := m.ent(groups[h].cands[groups[h].chosen].e)
			if f.Country != "" && f.Country == e.Country && !g.needNear {
				ok = true
			} else if f.HasCoords && e.HasCoords && math.Abs(e.Lat-f.Lat) < 2.7 && haversine(e.Lat, e.Lon, f.Lat, f.Lon) < 300 {
				ok = true
			}
		}
		g.drop = !ok
	}
	// The names found to be no places no longer vote: score the others once more.
	again := false
	for k := range groups {
		if groups[k].drop && !wasDropped[k] {
			m.vote(v, &groups[k], -1)
			again = true
		}
	}
	if again {
		rescore()
	}
	// A region's suffix on a name that the document places in a country where no region of
	// that name lies names the area of that place ("the Preston district" beside Preston,
	// England, is no Preston County, West Virginia).
	for k := range groups {
		g := &groups[k]
		if g.drop || g.variant != vRegion1 && g.variant != vRegion2 {
			continue
		}
		for _, h := range siblings[g.out] {
			p := &groups[h]
			if h == k || p.drop || p.variant != vPlain {
				continue
			}
			c := p.cands[p.chosen]
			cc := m.ent(c.e).Country
			inCountry := false
			for _, d := range g.cands {
				inCountry = inCountry || m.ent(d.e).Country == cc
			}
			if !inCountry {
				g.cands = append(g.cands, c)
				g.prior = append(g.prior, p.prior[p.chosen])
				g.chosen = len(g.cands) - 1
			}
			break
		}
	}
}

// firstByPrior reports whether group g's chosen candidate has the highest prior of its
// candidates (before coherence), as the likeliest place of the name on its own.
func (m *Matcher) firstByPrior(g *group) bool {
	p := m.prior(g.cands[g.chosen])
	for _, c := range g.cands {
		if m.prior(c) > p {
			return false
		}
	}
	return true
}

// ResolveName resolves a name given on its own (not found in running text) in the context of
// a document's mentions and context countries. It applies no recognition rules: the caller
// asserts that the string is a place name.
func (m *Matcher) ResolveName(name string, context []Mention, countries []string) (Place, bool) {
	w := m.fold.words(name)
	if len(w) == 0 {
		return Place{}, false
	}
	// Every repeat of a name in a document is one place: a name the document's mentions
	// include resolves as they do ("New York" in "New York Times" beside "New York", the city);
	// with a region's suffix it is the region of that name around it ("Karak district" beside
	// "Karak", the town, is Karak governorate, whatever the text calls it).
	_, suffixed := suffixes[w[len(w)-1]]
	suffixed = suffixed && len(w) > 1 && suffixes[w[len(w)-1]] != vCity
	for _, c := range context {
		ws := m.fold.words(c.Text)
		if slices.Equal(ws, w) {
			return c.Place, true
		}
		if i, ok := m.slugIndex()[c.Place.Slug]; ok && suffixed && slices.Equal(ws, w[:len(w)-1]) {
			if o := m.trie.find(strings.Join(ws, "")); o >= 0 {
				for _, d := range m.outs[o].cands {
					if e := m.ent(d.e); (e.Kind == gazetteer.Region1 || e.Kind == gazetteer.Region2) && contains(e, m.ent(i)) {
						return m.place(d.e), true
					}
				}
			}
		}
	}
	if cont := unionAcronyms[strings.Join(w, " ")]; cont != "" && allUpper(name) {
		if p, ok := m.continent(cont); ok {
			return p, true // "EU" is not Eu, France
		}
	}
	// The demonym of a nation of the United Kingdom or of a people's region is that nation or
	// region ("English" → England, "Kurdish" → Kurdistan).
	if n := demonymRegion[strings.Join(w, " ")]; n != "" {
		if o := m.trie.find(strings.Join(m.fold.words(n), "")); o >= 0 {
			for _, c := range m.outs[o].cands {
				if e := m.ent(c.e); e.Kind == gazetteer.Region1 || e.Kind == gazetteer.Feature {
					return m.place(c.e), true
				}
			}
		}
	}
	// A demonym is its country before any town of that name ("Canadian", "Spanish").
	if len(w) == 1 {
		if cc := demonymCountry[w[0]]; cc != "" {
			if i, ok := m.countryIdx[cc]; ok {
				return m.place(i), true
			}
		}
	}
	if len(w) > 1 && w[len(w)-1] == "co" && strings.HasSuffix(strings.TrimSpace(name), ".") {
		w = append(w[:len(w)-1:len(w)-1], "county") // "Loudon Co."
	}
	o := m.trie.find(strings.Join(w, ""))
	if (o < 0 || m.outs[o].block || len(m.outs[o].cands) == 0) && len(w) > 1 && articles[w[0]] {
		o = m.trie.find(strings.Join(w[1:], ""))
	}
	partial := false // found by part of the name only
	if (o < 0 || m.outs[o].block || len(m.outs[o].cands) == 0) && len(w) > 1 {
		o, partial = m.headName(w, allUpper(strings.Fields(name)[0])), true
	}
	if o < 0 || m.outs[o].block || len(m.outs[o].cands) == 0 {
		// "University of Alberta", "Bank of Japan", "Stade de France": the place after the
		// last "of"
		for k := len(w) - 2; k >= 1; k-- {
			if w[k] == "of" || romanceOf[w[k]] {
				if t := w[k+1:]; !(len(t) == 1 && (stopWords[t[0]] || commonWords[t[0]])) {
					o, partial = m.trie.find(strings.Join(t, "")), true
				}
				break
			}
		}
	}
	if o < 0 || m.outs[o].block || len(m.outs[o].cands) == 0 {
		key := strings.Join(w, " ")
		if len(w) > 1 && (demonymCountry[w[0]] != "" || demonymContinent[w[0]] != "") {
			key = w[0] // "Syrian coast": the country is the nearest known place
		}
		if len(w) == 1 && demonymCountry[key] == "" && strings.HasSuffix(key, "s") {
			key = strings.TrimSuffix(key, "s") // "Latvians", "Czechs"
		}
		if cc := demonymCountry[key]; cc != "" {
			if i, ok := m.countryIdx[cc]; ok {
				return m.place(i), true
			}
		}
		if cont := demonymContinent[key]; cont != "" {
			if p, ok := m.continent(cont); ok {
				return p, true
			}
		}
		if o = m.demonymPlace(w); o < 0 {
			// A name the gazetteer lacks (a street, a building, a neighbourhood) is most
			// likely in the place the document is about.
			return focus(context)
		}
		partial = false
	}
	// A county's name without its "County" is the county when the document names it in full
	// ("Suffolk" beside "Suffolk County" is not Suffolk, Virginia).
	for _, c := range m.outs[o].cands {
		if c.flags&fBare == 0 {
			continue
		}
		for _, x := range context {
			if x.Place.ID == m.ent(c.e).ID && x.Place.Kind == "region2" {
				return x.Place, true
			}
		}
	}
	variant := vPlain
	if strings.HasSuffix(strings.TrimSpace(name), ".") && m.hasVariant(o, vAbbr) {
		variant = vAbbr // "Pa.", "Ont.": the caller asserts a place, so the abbreviation
	}
	g := m.newGroup(o, variant)
	ctx := map[string]bool{}
	for _, c := range countries {
		ctx[strings.ToUpper(c)] = true
	}
	v := m.newVotes()
	for _, c := range context {
		p := c.Place
		v.n++
		if p.Kind != "country" && p.Kind != "feature" && p.HasCoords && len(v.points) < maxPoints {
			v.points = append(v.points, vpoint{p.Lat, p.Lon, -4, -4, -1}) // no group: never skipped
		}
		i, ok := m.slugIndex()[p.Slug]
		if !ok {
			continue
		}
		code := m.codes[i]
		v.country[code.country]++
		if p.Kind == "country" {
			v.named[code.country]++
			v.nNamed++
		}
		if code.a1 != 0 {
			v.admin1[code.a1]++
		}
		if code.a2 != 0 {
			v.admin2[code.a2]++
		}
	}
	v.setTop()
	best, bestScore := 0, math.Inf(-1)
	for ci, c := range g.cands {
		if sc := m.score(c, g.prior[ci], ctx, v, &g, nil); m.better(c, sc, g.cands[best], bestScore) {
			best, bestScore = ci, sc
		}
	}
	p := m.place(g.cands[best].e)
	weakWord := len(w) == 1 && (commonWords[w[0]] || givenNames[w[0]] || dayMonth[w[0]] || orgHeads[w[0]])
	// A municipality named after a famous place ("Washington Township", "West Chester Twp.")
	// lies where the text is, not in that place.
	municipal := partial && municipalWords[w[len(w)-1]]
	if (partial || weakWord) && (!landmark(p) || municipal) && m.ent(g.cands[best].e).FeatureCode != "CONT" && !nearContext(p, context, focusKm) {
		// "Bandera Street" in a text about another town is rarely in Bandera, Texas.
		if f, ok := focus(context); ok {
			return f, true
		}
	}
	if p.Kind == "city" && p.Population < foreignPop && v.n > 0 && v.country[m.codes[g.cands[best].e].country] == 0 && !nearContext(p, context, focusKm) {
		// A small town in a country the text names nothing in, named in a text about a
		// city elsewhere, is rarely meant: "Heathrow" in a text about London is no
		// Heathrow, Florida.
		if f, ok := focus(context); ok && f.Kind != "country" {
			return f, true
		}
	}
	return p, true
}

// demonymSuffixes turn the last word of a place's demonym back into the place's name:
// "Iowan" → Iowa, "Chicagoan" → Chicago, "Kansan" → Kansas, "Virginian" → Virginia,
// "Kentuckian" → Kentucky, "Bostonian" → Boston, "New Yorker" → New York, "Seattleite" →
// Seattle.
var demonymSuffixes = [][2]string{
	{"ian", "ia"}, {"ian", "a"}, {"ian", "io"}, {"ian", "y"}, {"ian", ""},
	{"an", "a"}, {"an", ""}, {"an", "as"}, {"er", ""}, {"ite", ""}, {"ite", "e"},
}

// demonymPlace finds the place a demonym of a city, region or country names ("Kentuckians",
// "New Yorker", "Floridians"), or -1: of the names that the endings give back (see
// demonymSuffixes), the one whose likeliest place ranks highest ("Florida", not Floridia in
// Sicily). The name without its ending must be a place's name of at least four letters that
// is not a common word.
func (m *Matcher) demonymPlace(w []string) int32 {
	last := w[len(w)-1]
	forms := []string{last}
	if strings.HasSuffix(last, "s") {
		forms = []string{strings.TrimSuffix(last, "s"), last}
	}
	head := strings.Join(w[:len(w)-1], "")
	best, bestPrior := int32(-1), math.Inf(-1)
	for _, f := range forms {
		for _, sf := range demonymSuffixes {
			stem, ok := strings.CutSuffix(f, sf[0])
			if !ok || len(stem)+len(sf[1]) < 4 {
				continue
			}
			base := stem + sf[1]
			if len(w) == 1 && (stopWords[base] || commonWords[base] || orgHeads[base]) {
				continue
			}
			o := m.trie.find(head + base)
			if o < 0 || m.outs[o].block {
				continue
			}
			for _, c := range m.outs[o].cands {
				if p := m.prior(c); p > bestPrior {
					best, bestPrior = o, p
				}
			}
		}
	}
	return best
}

// demonymRegion maps the demonyms of the nations of the United Kingdom and of peoples whose
// homeland is a region rather than a country to the region's name, for ResolveName.
var demonymRegion = map[string]string{"english": "England", "scottish": "Scotland", "welsh": "Wales",
	"northern irish": "Northern Ireland", "kurdish": "Kurdistan", "arab": "Arabian Peninsula", "arabian": "Arabian Peninsula",
	"tamil": "Tamil Nadu", "catalan": "Catalonia", "basque": "Basque Country", "flemish": "Flanders", "walloon": "Wallonia",
	"chechen": "Chechnya", "sindhi": "Sindh", "baloch": "Balochistan", "balochi": "Balochistan", "baluch": "Balochistan",
	"siberian": "Siberia"}

// municipalWords end the names of municipalities (see ResolveName).
var municipalWords = wordSet(`township twp borough village`)

// unionAcronyms are acronyms of unions of countries, resolved by ResolveName to their continent.
var unionAcronyms = map[string]string{"eu": "Europe", "e u": "Europe"}

// continent returns the continent with a name.
func (m *Matcher) continent(name string) (Place, bool) {
	if o := m.trie.find(strings.Join(m.fold.words(name), "")); o >= 0 {
		for _, c := range m.outs[o].cands {
			if m.ent(c.e).FeatureCode == "CONT" {
				return m.place(c.e), true
			}
		}
	}
	return Place{}, false
}

// headName finds, for a name the gazetteer lacks, the longest run of its first words that names a
// place, with a leading modifier if a place's name has it, else after modifiers such as "Greater":
// "Oaxaca State" → Oaxaca, "Vancouver Art Gallery" → Vancouver, "New Orleans Streetcar Company" →
// New Orleans (not Orléans), "Greater Toronto Area" → Toronto. Runs that are common words, given
// names or organisation heads ("University Hospital", "Thomas Memorial") do not count, nor a
// function word unless upper is set (the name's first word is in capitals: "US Federal Reserve").
func (m *Matcher) headName(w []string, upper bool) int32 {
	// with a leading modifier first, then without it ("Northern Baghdad Operations Command")
	for k := 0; k < 2; k++ {
		if k == 1 {
			if !modifierWords[w[0]] {
				break
			}
			for len(w) > 1 && modifierWords[w[0]] {
				w = w[1:]
			}
		}
		for n := len(w) - 1; n >= 1; n-- {
			head := w[:n]
			if n == 1 && (stopWords[head[0]] && !upper || commonWords[head[0]] || givenNames[head[0]] || orgHeads[head[0]] || demonyms[head[0]] || articles[head[0]] || modifierWords[head[0]]) {
				continue
			}
			o := m.trie.find(strings.Join(head, ""))
			if o >= 0 && !m.outs[o].block && len(m.outs[o].cands) > 0 {
				return o
			}
		}
	}
	return -1
}

// allUpper reports whether s has two or more letters, all upper case ("US", "U.S.").
func allUpper(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

// placeHeads are generic words of places that head a place's name ("Mount Sinjar", "Port
// Sudan", "Cape Town"): a capitalised one before a name does not make it part of another name.
var placeHeads = wordSet(`mount mountain mountains lake lakes river rivers valley island islands port fort camp
bay gulf sea cape point beach coast north south east west northern southern eastern western upper lower
central greater inner outer old new`)
