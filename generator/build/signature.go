package build

import (
	"hash/maphash"
	"path"
	"regexp"
	"strings"

	"github.com/sitrep-archive/sitrep/generator/site"
)

// deps is what the layouts of one page kind read beyond the page itself, found by reading
// their text. Every page's signature covers its own fields, its briefing, its terms and the
// briefings of its paginator; deps adds what lies beyond.
type deps struct {
	allBriefings bool // .Site.Briefings
	termLists    bool // .Site.Theatres, .Site.Operations
	generated    bool // .Site.Generated
	everything   bool // .Site.Pages, or .Site handed on as a whole
	termMembers  bool // a term's .Briefings, beyond its length
	termCounts   bool // len .Briefings: the terms of each briefing shown, with their counts
}

// precise turns on the per-kind reading of the layouts. It is off: the model now reaches
// further than the signature covers (related briefings, maps, timelines, sitemaps, feeds),
// so every page depends on every briefing and term, which is always correct; a content edit
// then renders every page again, while edits that change no briefing (static files) and
// repeated saves of the same bytes still render nothing.
const precise = false

var (
	reSiteBriefings = regexp.MustCompile(`\.Site\.Briefings\b`)
	reSiteTerms     = regexp.MustCompile(`\.Site\.(Theatres|Operations)\b`)
	reSiteGenerated = regexp.MustCompile(`\.Site\.Generated\b`)
	reSiteAll       = regexp.MustCompile(`\.Site\.Pages\b|\.Site(?:[^.\w]|$)`)
	reLenBriefings  = regexp.MustCompile(`len\s+\.Briefings\b`)
	reBriefings     = regexp.MustCompile(`\.Briefings\b`)
)

// kindDeps reads the layouts of each page kind: base.html, the partials, and the kind's own
// files; a kind without a file of its own is read against every layout.
func kindDeps(text map[string]string) map[string]deps {
	var shared, every strings.Builder
	own := map[string]*strings.Builder{}
	for name, t := range text {
		every.WriteString(t)
		every.WriteByte('\n')
		if name == "base.html" || strings.HasPrefix(name, "partials/") {
			shared.WriteString(t)
			shared.WriteByte('\n')
			continue
		}
		kind := strings.TrimSuffix(name, path.Ext(name))
		if own[kind] == nil {
			own[kind] = &strings.Builder{}
		}
		own[kind].WriteString(t)
		own[kind].WriteByte('\n')
	}
	out := map[string]deps{"": depsOf(every.String())}
	for kind, b := range own {
		out[kind] = depsOf(shared.String() + b.String())
	}
	return out
}

func depsOf(t string) deps {
	if !precise {
		return deps{everything: true}
	}
	d := deps{
		allBriefings: reSiteBriefings.MatchString(t),
		termLists:    reSiteTerms.MatchString(t),
		generated:    reSiteGenerated.MatchString(t),
		everything:   reSiteAll.MatchString(t),
		termCounts:   reLenBriefings.MatchString(t),
	}
	rest := reSiteBriefings.ReplaceAllString(reLenBriefings.ReplaceAllString(t, ""), "")
	d.termMembers = reBriefings.MatchString(rest)
	d.termCounts = d.termCounts || d.termMembers
	return d
}

// signer computes page signatures for one model, with memos per briefing and term.
type signer struct {
	s        *Session
	global   uint64
	bkeys    map[*site.Briefing]uint64
	tkeys    map[*site.Term]uint64
	members  map[*site.Term]uint64
	allKey   uint64
	termsKey uint64
	pagesKey uint64
}

type hasher struct{ maphash.Hash }

func newHasher() *hasher {
	h := &hasher{}
	h.SetSeed(seed)
	return h
}

func (h *hasher) str(s string) {
	h.WriteString(s)
	h.WriteByte(0)
}

func (h *hasher) num(n uint64) {
	var b [8]byte
	for i := range b {
		b[i] = byte(n >> (8 * i))
	}
	h.Write(b[:])
}

func (h *hasher) flag(v bool) {
	if v {
		h.WriteByte(1)
	} else {
		h.WriteByte(0)
	}
}

// signatures returns the signature of every page of m: equal signatures mean equal output.
func (s *Session) signatures(m *site.Site, minify bool) []uint64 {
	g := newHasher()
	g.num(s.cfgSum)
	g.num(s.layoutSum)
	g.flag(minify)
	g.flag(s.opts.LiveReload)
	sg := &signer{s: s, global: g.Sum64(),
		bkeys: make(map[*site.Briefing]uint64, len(m.Briefings)), tkeys: map[*site.Term]uint64{}, members: map[*site.Term]uint64{}}
	for _, b := range m.Briefings {
		sg.bkeys[b] = sg.briefing(b)
	}
	h := newHasher()
	for _, b := range m.Briefings {
		h.num(sg.bkeys[b])
	}
	sg.allKey = h.Sum64()
	h = newHasher()
	for _, list := range [][]*site.Term{m.Theatres, m.Operations} {
		for _, t := range list {
			h.num(sg.term(t, true))
		}
		h.WriteByte(1)
	}
	sg.termsKey = h.Sum64()
	h = newHasher()
	for _, p := range m.Pages {
		h.str(p.Kind)
		h.str(p.OutPath)
		h.str(p.Title)
	}
	sg.pagesKey = h.Sum64()

	sigs := make([]uint64, len(m.Pages))
	parallel(len(m.Pages), func(i int) {
		sigs[i] = sg.page(m, m.Pages[i])
	})
	return sigs
}

// briefing is the key of what a layout can show of b: its file (which decides its fields,
// body and annotations), its terms and its neighbours.
func (sg *signer) briefing(b *site.Briefing) uint64 {
	h := newHasher()
	h.str(b.Path)
	if d := sg.s.docs[b.Path]; d != nil {
		h.num(d.sum)
	}
	for _, list := range [][]*site.Term{b.Theatres, b.Operations} {
		for _, t := range list {
			h.str(t.Name)
			h.str(t.Slug)
			h.str(t.URL)
		}
		h.WriteByte(1)
	}
	h.flag(b.InferredTheatres)
	for _, o := range b.InferredOperations {
		h.str(o)
	}
	for _, n := range []*site.Briefing{b.Prev, b.Next} {
		if n == nil {
			h.str("")
			continue
		}
		h.str(n.Path)
		if d := sg.s.docs[n.Path]; d != nil {
			h.num(d.sum)
		}
	}
	return h.Sum64()
}

// term is the key of a term's own fields and count. With memo (called from one goroutine,
// for every term of the model, before pages are signed in parallel) it also records the key
// and the key of the term's briefings; page signing then only reads the memos.
func (sg *signer) term(t *site.Term, memo bool) uint64 {
	if k, ok := sg.tkeys[t]; ok {
		return k
	}
	h := newHasher()
	h.str(t.Kind)
	h.str(t.Name)
	h.str(t.Slug)
	h.str(t.URL)
	h.str(t.Description)
	h.flag(t.Configured)
	h.num(uint64(len(t.Briefings)))
	for _, l := range [][]string{t.Aliases, t.Countries, t.TheatreRefs} {
		for _, x := range l {
			h.str(x)
		}
		h.WriteByte(1)
	}
	h.num(uint64(t.Start.UnixNano()))
	h.num(uint64(t.End.UnixNano()))
	k := h.Sum64()
	if memo {
		sg.tkeys[t] = k
		m := newHasher()
		for _, b := range t.Briefings {
			m.num(sg.bkeys[b])
		}
		sg.members[t] = m.Sum64()
	}
	return k
}

// page is the signature of one page.
func (sg *signer) page(m *site.Site, p *site.Page) uint64 {
	d, ok := sg.s.deps[p.Kind]
	if !ok {
		d = sg.s.deps[""]
	}
	h := newHasher()
	h.num(sg.global)
	h.str(p.Kind)
	h.str(p.Title)
	h.str(p.OutPath)
	h.str(p.URL)
	h.str(p.Permalink)
	for _, l := range p.Breadcrumbs {
		h.str(l.Title)
		h.str(l.URL)
	}
	h.WriteByte(1)
	var shown []*site.Briefing
	if p.Briefing != nil {
		h.num(sg.bkeys[p.Briefing])
		shown = append(shown, p.Briefing)
	}
	terms := append([]*site.Term(nil), p.Terms...)
	if p.Term != nil {
		terms = append(terms, p.Term)
	}
	if pg := p.Paginator; pg != nil {
		h.num(uint64(pg.Number))
		h.num(uint64(pg.Total))
		h.num(uint64(pg.TotalItems))
		h.num(uint64(pg.FirstItemNo))
		h.num(uint64(pg.LastItemNo))
		for _, u := range []string{pg.First, pg.Prev, pg.Next, pg.Last} {
			h.str(u)
		}
		for _, b := range pg.Items {
			h.num(sg.bkeys[b])
		}
		shown = append(shown, pg.Items...)
	}
	if d.termCounts {
		for _, b := range shown {
			terms = append(terms, b.Theatres...)
			terms = append(terms, b.Operations...)
		}
	}
	for _, t := range terms {
		h.num(sg.term(t, false))
		if d.termMembers {
			h.num(sg.members[t])
		}
	}
	if d.allBriefings || d.everything {
		h.num(sg.allKey)
	}
	if d.termLists || d.everything {
		h.num(sg.termsKey)
	}
	if d.generated || d.everything {
		h.num(uint64(m.Generated.UnixNano()))
		h.num(uint64(len(m.Briefings)))
	}
	if d.everything {
		h.num(sg.pagesKey)
	}
	return h.Sum64()
}
