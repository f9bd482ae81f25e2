package build

import (
	"encoding/binary"
	"math"
	"slices"
	"time"

	"github.com/sitrep-archive/sitrep/generator/annotate"
	"github.com/sitrep-archive/sitrep/generator/render"
	"github.com/sitrep-archive/sitrep/generator/site"
)

// A page's signature is a hash of everything its layouts can show: equal signatures mean
// equal bytes, so a page whose signature did not change is not rendered again.
//
// What a page shows is read from the layouts of its kind (deps): the page's own fields, its
// briefing, the briefings of its list, its terms, and what the layouts reach through .Site.
// The model is hashed in layers, each as small as what a layout can print of it:
//
//	briefing full    its file (body, annotations, word count) and its links (terms, places,
//	                 neighbours, month): what its own page shows
//	briefing summary the frontmatter, URL, description, terms, figures and places: what a
//	                 list item, a feed entry or a search row shows; a body edit that changes
//	                 none of these leaves every list alone
//	term list        its own fields, count, first and last dates: a row of a term list
//	term related     related terms with counts, nearby places, months, map countries
//	term timeline    date, title, URL, figures and places of every briefing of the term
//
// A kind whose layouts read more than a layer covers (an item's .Content, a term's
// .Briefings, .Site.Pages, .Site as a whole) gets the wider key, up to everything, so an
// unusual layout costs speed, never correctness.

// signer computes page signatures for one model, with keys per briefing and term.
type signer struct {
	s      *Session
	global uint64
	bi     map[*site.Briefing]int // index in the model's briefings
	docs   []*doc                 // per briefing: its file (nil when not a file of the session)
	full   []uint64               // per briefing: its file and links
	sum    []uint64               // per briefing: what a list shows
	tl     []uint64               // per briefing: what a timeline shows, figures aside
	opTL   []uint64               // per briefing: what an operation's timeline shows
	annot  []uint64               // per briefing: what annotations.json shows
	// placeFigs are, per briefing, the figures of the blocks naming each place (in the order
	// of its Places).
	placeFigs [][]uint64
	terms     map[*site.Term]*termKeys

	allKey, termsKey, countsKey, pagesKey, searchKey, annotKey uint64

	refs *pageRefs // what each page read, when recorded
}

type termKeys struct {
	id, list, related, timeline, members uint64
	ld                                   uint64 // the places termLD shows
}

type hasher struct{ hash64 }

func newHasher() *hasher { return &hasher{} }

func (h *hasher) str(s string) {
	h.WriteString(s)
	h.WriteByte(0)
}

func (h *hasher) num(n uint64) {
	// The same as writing its eight bytes, little-endian: with k bytes waiting in the
	// buffer, they and n's first 8-k bytes make a word, and n's last k bytes wait.
	h.n += 8
	k := uint(h.nbuf)
	if k == 0 {
		h.word(n)
		return
	}
	waiting := binary.LittleEndian.Uint64(h.buf[:]) & (1<<(8*k) - 1)
	h.word(waiting | n<<(8*k))
	binary.LittleEndian.PutUint64(h.buf[:], n>>(64-8*k))
}

func (h *hasher) int(n int) { h.num(uint64(n)) }

func (h *hasher) float(f float64) { h.num(math.Float64bits(f)) }

func (h *hasher) flag(v bool) {
	if v {
		h.WriteByte(1)
	} else {
		h.WriteByte(0)
	}
}

func (h *hasher) strs(l []string) {
	h.int(len(l))
	for _, s := range l {
		h.str(s)
	}
}

// signatures returns the signature of every page of m, and the signer that made them. With
// record, the signer also keeps what each page's signature read (see pageRefs), so that a
// later revision of one briefing can sign again only the pages that show it.
func (s *Session) signatures(m *site.Site, minify bool, record bool) ([]uint64, *signer) {
	g := newHasher()
	g.num(s.cfgSum)
	g.num(s.layoutSum)
	g.flag(minify)
	g.flag(s.opts.LiveReload)
	n := len(m.Briefings)
	sg := &signer{s: s, global: g.Sum64(), bi: make(map[*site.Briefing]int, n), docs: make([]*doc, n),
		full: make([]uint64, n), sum: make([]uint64, n), tl: make([]uint64, n), opTL: make([]uint64, n), annot: make([]uint64, n),
		placeFigs: make([][]uint64, n), terms: map[*site.Term]*termKeys{}}
	for i, b := range m.Briefings {
		sg.bi[b] = i
	}
	// Term identities first (briefing keys name their terms), then briefings, then the rest
	// of the term keys (which name their briefings).
	var all []*site.Term
	for _, l := range termLists(m) {
		for _, t := range l {
			if sg.terms[t] == nil {
				sg.terms[t] = &termKeys{id: termID(t)}
				all = append(all, t)
			}
		}
	}
	parallel(n, func(i int) { // the keys of files read or converted since the last signing
		b := m.Briefings[i]
		d := s.docs[b.Path]
		if d != nil && d.keys == nil {
			d.keys = ownKeys(b, d.placeSum)
		}
		sg.docs[i] = d
	})
	parallel(n, func(i int) { sg.briefing(i, m.Briefings[i]) })
	parallel(len(all), func(i int) { sg.term(all[i]) })
	sg.siteKeys(m)
	if sg.needs(func(d deps) bool { return d.everything }) {
		h := newHasher()
		for _, p := range m.Pages {
			h.str(p.Kind)
			h.str(p.OutPath)
			h.str(p.Title)
		}
		sg.pagesKey = h.Sum64()
	}

	sigs := make([]uint64, len(m.Pages))
	var refs []pageRef
	if record {
		refs = make([]pageRef, len(m.Pages))
	}
	parallel(len(m.Pages), func(i int) {
		var rec *pageRef
		if record {
			rec = &refs[i]
		}
		sigs[i] = sg.page(m, m.Pages[i], rec)
	})
	if record {
		sg.refs = invertRefs(refs, n)
	}
	return sigs, sg
}

// termLists are the model's lists of terms, in the order signatures hash them.
func termLists(m *site.Site) [][]*site.Term {
	lists := [][]*site.Term{m.Theatres, m.Operations, m.Places, m.Years}
	for _, y := range m.Years {
		lists = append(lists, y.Months)
	}
	return lists
}

// siteKeys sets the keys of what layouts read of the site as a whole, from the keys of its
// briefings and terms (all but pagesKey).
func (sg *signer) siteKeys(m *site.Site) {
	n := len(m.Briefings)
	h := newHasher()
	for i := range m.Briefings {
		h.num(sg.full[i])
	}
	sg.allKey = h.Sum64()
	h = newHasher()
	for _, l := range termLists(m) {
		h.int(len(l))
		for _, t := range l {
			k := sg.terms[t]
			h.num(k.list)
			h.num(k.related)
			h.int(t.Mentions) // not in k.list: term pages read it only where they show it
		}
	}
	sg.termsKey = h.Sum64()
	h = newHasher()
	h.int(n)
	for _, l := range [][]*site.Term{m.Theatres, m.Operations, m.Places, m.Years} {
		h.int(len(l))
	}
	h.int(len(m.Taxonomies))
	sg.countsKey = h.Sum64()
	if sg.needs(func(d deps) bool { return d.search }) {
		h = newHasher()
		for i := range m.Briefings {
			h.num(sg.sum[i])
		}
		for _, l := range [][]*site.Term{m.Theatres, m.Operations, m.Places} {
			for _, t := range l {
				h.num(sg.terms[t].id)
				h.int(len(t.Briefings))
			}
			h.WriteByte(1)
		}
		sg.searchKey = h.Sum64()
	}
	if sg.needs(func(d deps) bool { return d.annotations }) {
		h = newHasher()
		for i := range m.Briefings {
			h.num(sg.annot[i])
		}
		sg.annotKey = h.Sum64()
	}
}

// pageRef is what one page's signature read: the briefings whose keys it hashed, the terms
// whose keys it hashed, and whether it hashed a key of the whole site.
type pageRef struct {
	briefings []int32
	terms     []*site.Term
	site      bool
}

// pageRefs are the pages (indexes in the model's Pages) whose signatures read each briefing,
// each term, and the site as a whole.
type pageRefs struct {
	byBriefing [][]int32
	byTerm     map[*site.Term][]int32
	site       []int32
}

func invertRefs(refs []pageRef, n int) *pageRefs {
	out := &pageRefs{byBriefing: make([][]int32, n), byTerm: map[*site.Term][]int32{}}
	for pi, r := range refs {
		p := int32(pi)
		for _, i := range r.briefings {
			out.byBriefing[i] = append(out.byBriefing[i], p)
		}
		for _, t := range r.terms {
			out.byTerm[t] = append(out.byTerm[t], p)
		}
		if r.site {
			out.site = append(out.site, p)
		}
	}
	return out
}

func (sg *signer) needs(f func(deps) bool) bool {
	for _, d := range sg.s.deps {
		if f(d) {
			return true
		}
	}
	return false
}

// termID is the key of what a layout shows of a term it names: name, URLs, countries, place.
func termID(t *site.Term) uint64 {
	h := newHasher()
	h.str(t.Kind)
	h.str(t.Name)
	h.str(t.Slug)
	h.str(t.URL)
	h.str(t.Permalink)
	h.str(t.FeedURL)
	h.strs(t.Countries)
	if p := t.Place; p != nil {
		h.int(int(p.ID))
		h.str(p.Name)
		h.str(p.Slug)
		h.str(p.Kind)
		h.str(p.Country)
		h.str(p.Region)
		h.float(p.Lat)
		h.float(p.Lon)
		h.flag(p.HasCoords)
		h.int(p.Population)
	}
	return h.Sum64()
}

func (sg *signer) id(t *site.Term) uint64 {
	if t == nil {
		return 0
	}
	if k := sg.terms[t]; k != nil {
		return k.id
	}
	return termID(t)
}

// docKeys are the parts of a briefing's keys that depend on its file alone (with the
// configuration), kept with the file until it is read or converted again.
type docKeys struct {
	own  uint64 // the summary fields of the file: title, dates, URL, description, key figures…
	near uint64 // what a neighbour's page shows of it
	tl   uint64 // what a timeline shows of it, figures aside
}

func ownKeys(b *site.Briefing, places uint64) *docKeys {
	h := newHasher()
	h.str(b.Path)
	h.str(b.Title)
	date(h, b.Date)
	h.flag(b.HasTime)
	h.str(b.URL)
	h.str(b.Permalink)
	h.str(b.Slug)
	h.str(b.Author)
	h.str(b.Summary)
	h.str(b.Description)
	h.str(b.Source)
	h.strs(b.Tags)
	h.flag(b.Draft)
	keyFigures(h, b.KeyFigures)
	h.num(places)
	k := &docKeys{own: h.Sum64()}
	h = newHasher()
	h.str(b.Path)
	h.str(b.URL)
	h.str(b.Permalink)
	h.str(b.Title)
	date(h, b.Date)
	k.near = h.Sum64()
	k.tl = k.near
	return k
}

// briefing sets the keys of briefing i; sg.docs must hold the file of each briefing of the
// model, as signatures sets it (and revise for the briefings it revises).
func (sg *signer) briefing(i int, b *site.Briefing) {
	d := sg.docs[i]
	var keys *docKeys
	var file, figs uint64
	if d != nil && d.keys != nil {
		file, figs = d.sum, d.figSum
		sg.placeFigs[i] = d.placeFigs
		keys = d.keys
	} else {
		keys = ownKeys(b, 0)
	}
	near := func(h *hasher, n *site.Briefing) {
		if n == nil {
			h.num(0)
			return
		}
		if j, ok := sg.bi[n]; ok {
			if d := sg.docs[j]; d != nil && d.keys != nil {
				h.num(d.keys.near)
				return
			}
		}
		h.num(ownKeys(n, 0).near)
	}

	h := newHasher()
	h.num(keys.own)
	for _, l := range [][]*site.Term{b.Theatres, b.Operations, b.PlaceTerms} {
		h.int(len(l))
		for _, t := range l {
			h.num(sg.id(t))
		}
	}
	h.flag(b.InferredTheatres)
	h.strs(b.InferredOperations)
	h.num(sg.id(b.Month))
	near(h, b.Prev)
	near(h, b.Next)
	sg.sum[i] = h.Sum64()

	h = newHasher()
	h.num(sg.sum[i])
	h.num(file)
	sg.full[i] = h.Sum64()

	sg.tl[i] = keys.tl
	h = newHasher()
	h.num(keys.tl)
	h.num(figs)
	sg.opTL[i] = h.Sum64()

	h = newHasher()
	h.str(b.Permalink)
	h.num(keys.tl) // path, title, URL, date
	if d != nil {
		h.num(d.figSum)
		h.num(d.placeSum)
	}
	sg.annot[i] = h.Sum64()
}

// term sets the keys of t beyond its identity.
func (sg *signer) term(t *site.Term) {
	k := sg.terms[t]
	h := newHasher()
	h.num(k.id)
	h.str(t.Description)
	h.strs(t.Aliases)
	h.strs(t.TheatreRefs)
	h.int(int(t.Start.UnixNano()))
	h.int(int(t.End.UnixNano()))
	h.flag(t.Configured)
	h.int(len(t.Briefings))
	h.int(int(t.Newest().UnixNano()))
	h.int(int(t.Oldest().UnixNano()))
	h.num(sg.id(t.Year))
	k.list = h.Sum64()

	h = newHasher()
	for _, l := range [][]site.TermCount{t.Theatres, t.Operations, t.Places} {
		h.int(len(l))
		for _, tc := range l {
			h.num(sg.id(tc.Term))
			h.int(tc.Count)
		}
	}
	h.int(len(t.Nearby))
	for _, nb := range t.Nearby {
		h.num(sg.id(nb.Term))
		h.float(nb.Km)
	}
	h.int(len(t.Months))
	for _, mo := range t.Months {
		h.num(sg.id(mo))
		h.int(len(mo.Briefings))
		h.int(int(mo.Newest().UnixNano()))
	}
	k.related = h.Sum64()

	h = newHasher()
	for i, tc := range t.Places {
		if i == render.LDPlaces {
			break
		}
		h.num(sg.id(tc.Term))
	}
	k.ld = h.Sum64()

	switch t.Kind {
	case "operation":
		h = newHasher()
		for _, b := range t.Briefings {
			h.num(sg.opTL[sg.bi[b]])
		}
		k.timeline = h.Sum64()
	case "place":
		h = newHasher()
		for _, b := range t.Briefings {
			i := sg.bi[b]
			h.num(sg.tl[i])
			for j, pt := range b.PlaceTerms {
				if pt == t && j < len(sg.placeFigs[i]) {
					h.num(sg.placeFigs[i][j])
					break
				}
			}
		}
		k.timeline = h.Sum64()
	}
	h = newHasher()
	for _, b := range t.Briefings {
		h.num(sg.full[sg.bi[b]])
	}
	k.members = h.Sum64()
}

// item is the key of a briefing listed on a page of kind d.
func (sg *signer) item(d deps, b *site.Briefing, rec *pageRef) uint64 {
	i, ok := sg.bi[b]
	if !ok {
		return 0
	}
	rec.briefing(i)
	if d.itemsFull {
		return sg.full[i]
	}
	return sg.sum[i]
}

// termKey is the key of a term shown on a page of kind d; first is true on page 1 of a list.
func (sg *signer) termKey(h *hasher, d deps, t *site.Term, first bool, rec *pageRef) {
	rec.term(t)
	k := sg.terms[t]
	if k == nil { // not in the model's lists: hash what can be reached cheaply
		h.num(termID(t))
		h.int(len(t.Briefings))
		return
	}
	h.num(k.list)
	if d.termRelated || (d.termRelatedFirst && first) {
		h.num(k.related)
	}
	if d.termLD {
		h.num(k.ld)
	}
	if d.mentions || (d.mentionsFirst && first) {
		h.int(t.Mentions)
	}
	if d.timeline || (d.timelineFirst && first) {
		h.num(k.timeline)
	}
	if d.termMembers {
		h.num(k.members)
	}
}

// page is the signature of one page.
func (sg *signer) page(m *site.Site, p *site.Page, rec *pageRef) uint64 {
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
	h.str(p.FeedURL)
	h.str(p.Sort)
	h.int(len(p.Breadcrumbs))
	for _, l := range p.Breadcrumbs {
		h.str(l.Title)
		h.str(l.URL)
	}
	h.int(len(p.URLs))
	for _, u := range p.URLs {
		h.str(u.Loc)
		h.int(int(u.Lastmod.UnixNano()))
	}
	if tx := p.Taxonomy; tx != nil {
		h.str(tx.Kind)
		h.str(tx.Title)
		h.str(tx.Section)
		h.str(tx.URL)
		h.str(tx.ByCountURL)
		h.int(len(tx.Terms))
	}
	if b := p.Briefing; b != nil {
		if i, ok := sg.bi[b]; ok {
			rec.briefing(i)
			h.num(sg.full[i])
		}
		if d.itemsFull {
			for _, n := range []*site.Briefing{b.Prev, b.Next} {
				if n != nil {
					rec.briefing(sg.bi[n])
					h.num(sg.full[sg.bi[n]])
				}
			}
		}
	}
	first := true
	if pg := p.Paginator; pg != nil {
		first = pg.Number <= 1
		h.int(pg.Number)
		h.int(pg.Total)
		h.int(pg.TotalItems)
		h.int(pg.FirstItemNo)
		h.int(pg.LastItemNo)
		for _, u := range []string{pg.First, pg.Prev, pg.Next, pg.Last} {
			h.str(u)
		}
		h.int(len(pg.Items))
		for _, b := range pg.Items {
			h.num(sg.item(d, b, rec))
		}
		h.int(len(pg.Terms))
		for _, t := range pg.Terms {
			sg.termKey(h, d, t, first, rec)
		}
	}
	h.WriteByte(1)
	if p.Term != nil {
		sg.termKey(h, d, p.Term, first, rec)
	}
	h.int(len(p.Terms))
	for _, t := range p.Terms {
		sg.termKey(h, d, t, first, rec)
	}
	if d.siteBriefings || d.siteTerms || d.siteCounts || d.search || d.annotations || d.generated || d.everything {
		rec.whole()
	}
	if d.siteBriefings || d.everything {
		h.num(sg.allKey)
	}
	if d.siteTerms || d.everything {
		h.num(sg.termsKey)
	}
	if d.siteCounts || d.everything {
		h.num(sg.countsKey)
	}
	if d.search || d.everything {
		h.num(sg.searchKey)
	}
	if d.annotations || d.everything {
		h.num(sg.annotKey)
	}
	if d.generated || d.everything {
		h.int(int(m.Generated.UnixNano()))
	}
	if d.everything {
		h.num(sg.pagesKey)
	}
	return h.Sum64()
}

func (r *pageRef) briefing(i int) {
	if r != nil {
		r.briefings = append(r.briefings, int32(i))
	}
}

func (r *pageRef) term(t *site.Term) {
	if r != nil {
		r.terms = append(r.terms, t)
	}
}

func (r *pageRef) whole() {
	if r != nil {
		r.site = true
	}
}

// annotationSums hashes a briefing's figures and place mentions, every field, and for each
// place mention the figures of the blocks that name it (what the place's timeline shows of
// the briefing), so that a body edit that changes none of these leaves the lists, maps and
// timelines that show them alone.
func annotationSums(a *annotate.Result) (figs, places uint64, placeFigs []uint64) {
	if a == nil {
		return 0, 0, nil
	}
	each := make([]uint64, len(a.Figures))
	var h hasher
	for i := range a.Figures {
		h = hasher{}
		figureFields(&h, &a.Figures[i])
		each[i] = h.Sum64()
	}
	h = hasher{}
	for _, k := range each {
		h.num(k)
	}
	figs = h.Sum64()
	h = hasher{}
	placeFigs = make([]uint64, len(a.Places))
	for i := range a.Places {
		pm := &a.Places[i]
		placeFields(&h, pm)
		var ph hasher
		for k := range a.Figures {
			if slices.Contains(pm.Segments, a.Figures[k].Segment) {
				ph.num(each[k])
			}
		}
		placeFigs[i] = ph.Sum64()
	}
	return figs, h.Sum64(), placeFigs
}

// figureFields hashes every field of a figure (TestAnnotationFieldsHashed holds the list to
// the struct).
func figureFields(h *hasher, f *annotate.Figure) {
	h.int(f.Start)
	h.int(f.End)
	h.str(f.Text)
	h.str(string(f.Kind))
	h.float(f.Value)
	h.flag(f.IsRange)
	h.float(f.Min)
	h.float(f.Max)
	h.str(f.Unit)
	h.str(f.Per)
	h.str(f.Qualifier)
	h.float(f.SI)
	h.str(f.SIUnit)
	h.int(f.Restates)
	h.flag(f.Check != nil)
	if c := f.Check; c != nil {
		h.flag(c.OK)
		h.float(c.Expected)
		h.float(c.Stated)
		h.str(c.Unit)
		h.str(c.Message)
	}
	h.flag(f.IsList)
	h.int(len(f.Parts))
	for _, p := range f.Parts {
		h.int(p.Start)
		h.int(p.End)
		h.float(p.Value)
	}
	h.int(f.NumStart)
	h.int(f.NumEnd)
	h.int(f.CoreStart)
	h.int(f.CoreEnd)
	h.int(f.Line)
	h.int(f.Segment)
}

// placeFields hashes every field of a place mention (TestAnnotationFieldsHashed holds the
// list to the struct).
func placeFields(h *hasher, pm *annotate.PlaceMention) {
	p := pm.Place
	h.num(uint64(p.ID))
	h.str(p.Name)
	h.str(p.Slug)
	h.str(p.Kind)
	h.str(p.Country)
	h.str(p.Region)
	h.float(p.Lat)
	h.float(p.Lon)
	h.flag(p.HasCoords)
	h.int(p.Population)
	h.str(pm.Text)
	h.int(pm.Count)
	h.int(pm.Actor)
	h.int(pm.Line)
	h.int(len(pm.Segments))
	for _, s := range pm.Segments {
		h.int(s)
	}
}

// keyFigures hashes what a list item can show of a briefing's key figures.
func keyFigures(h *hasher, figs []*annotate.Figure) {
	h.int(len(figs))
	for _, f := range figs {
		h.str(f.Text)
		h.str(string(f.Kind))
		h.str(f.Unit)
		h.str(f.Per)
		h.str(f.Qualifier)
		h.str(f.SIUnit)
		h.float(f.Value)
		h.float(f.Min)
		h.float(f.Max)
		h.float(f.SI)
		h.flag(f.IsRange)
		h.flag(f.IsList)
		h.int(f.Restates)
		h.int(f.Segment)
		h.int(len(f.Parts)) // Normalised shows a list's values
		for _, p := range f.Parts {
			h.int(p.Start)
			h.int(p.End)
			h.float(p.Value)
		}
	}
}

// date hashes a time as a layout can print it: the instant, and the zone's name and offset.
func date(h *hasher, t time.Time) {
	h.int(int(t.UnixNano()))
	name, off := t.Zone()
	h.str(t.Location().String())
	h.str(name)
	h.int(off)
}
