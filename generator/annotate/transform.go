package annotate

import (
	"cmp"
	"html"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sitrep-archive/sitrep/generator/annotate/figure"
	"github.com/sitrep-archive/sitrep/generator/annotate/place"
	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

type transformer struct {
	opts   Options
	places *placeTable
	memory *memory
}

// piece is one inline node's share of a run's text.
type piece struct {
	node       ast.Node // *ast.Text or *ast.String
	start, end int      // offsets of the node's own text in the run
	atom       bool     // an ast.String (typographer entity): cannot be split
}

// run is the text of one block, gathered from its inline nodes.
type run struct {
	text   string
	pieces []piece
	block  ast.Node
}

// span is a found figure or place in a run.
type span struct {
	start, end int
	fig        *figure.Figure
	place      *placeEntry
}

// Transform implements parser.ASTTransformer.
func (t *transformer) Transform(doc *ast.Document, reader text.Reader, pc parser.Context) {
	d, _ := pc.Get(documentKey).(Document)
	if len(d.Theatres) > 0 && t.opts.Matcher != nil {
		// a theatre site.yaml does not define that names a country stands for it
		cc := slices.Clip(d.Countries)
		for _, th := range d.Theatres {
			if c, ok := t.opts.Matcher.CountryCode(th); ok && !slices.Contains(cc, c) {
				cc = append(cc, c)
			}
		}
		d.Countries = cc
	}
	source := reader.Source()
	res := &Result{}
	pc.Set(resultKey, res)
	if !t.opts.Figures && !t.opts.Places {
		return
	}
	sc := t.memory.getScratch()
	defer t.memory.putScratch(sc)
	runs := sc.gatherer.gatherRuns(doc, source, sc.runs)
	sc.runs = runs
	lines := &sc.lines
	*lines = lineIndex{source: source, first: max(d.BodyLine, 1), starts: lines.starts[:0]}

	if t.opts.Figures {
		// Found per block first, into the scratch, so the result is allocated once at its
		// exact size: a build keeps it for every briefing, and the nodes point into it.
		ends := emptied(sc.ends, len(runs)) // where each run's figures end in sc.found
		textBytes := 0
		for _, r := range runs {
			from := len(sc.found)
			sc.found = sc.finder.AppendFind(sc.found, r.text)
			ends = append(ends, len(sc.found))
			for j := from; j < len(sc.found); j++ {
				textBytes += len(sc.found[j].Text)
			}
		}
		sc.ends = ends
		found := make([][]figure.Figure, len(runs))
		for i := range runs {
			from := 0
			if i > 0 {
				from = ends[i-1]
			}
			found[i] = sc.found[from:ends[i]:ends[i]]
		}
		tableCounts(runs, found)
		res.Figures = make([]Figure, 0, len(sc.found))
		// The figures' texts are copied into one string, not kept as slices of the whole
		// document's text: texts has room for them all, so it never moves.
		var texts strings.Builder
		texts.Grow(textBytes)
		for i, r := range runs {
			for j := range found[i] {
				f := &found[i][j]
				line, col := lines.at(r, f.Start)
				kept := *f
				if t.opts.Dollar != "" {
					localDollar(&kept, t.opts.Dollar, r.text[:f.Start])
				}
				from := texts.Len()
				texts.WriteString(f.Text)
				kept.Text = texts.String()[from:]
				res.Figures = append(res.Figures, Figure{Figure: kept, Line: line, Segment: i})
				if f.Check != nil && !f.Check.OK {
					res.Warnings = append(res.Warnings, Warning{Line: line, Col: col, Length: len(f.Text),
						Message: "conversion does not agree: " + f.Check.Message})
				}
			}
		}
	}
	var mentions []place.Mention
	byID := sc.byID // index in res.Places of each place mentioned
	if t.opts.Places {
		segments := emptied(sc.segments, len(runs))
		for _, r := range runs {
			segments = append(segments, r.text)
		}
		sc.segments = segments
		mentions = t.opts.Matcher.AppendResolve(sc.mentions, segments, d.Countries)
		sc.mentions = mentions
		textBytes := 0 // of the first mentions' texts
		for _, m := range mentions {
			if _, ok := byID[m.Place.ID]; !ok {
				byID[m.Place.ID] = len(byID)
				textBytes += len(m.Text)
			}
		}
		// The first mentions' texts are copied into one string, which never moves (as the
		// figures' texts are).
		var texts strings.Builder
		texts.Grow(textBytes)
		res.Places = make([]PlaceMention, len(byID))          // exact size, as the figures
		entries := emptied(sc.entries, len(byID))[:len(byID)] // the table's entry of each of res.Places
		sc.entries = entries
		for _, m := range mentions {
			k := byID[m.Place.ID]
			pm := &res.Places[k]
			if pm.Count == 0 {
				line, _ := lines.at(runs[m.Segment], m.Start)
				from := texts.Len()
				texts.WriteString(m.Text)
				entry := t.places.intern(&m.Place)
				entries[k] = entry
				*pm = PlaceMention{Place: &entry.Place, Text: texts.String()[from:], Count: 1, Line: line, Segments: []int{m.Segment}}
			} else {
				pm.Count++
				if pm.Segments[len(pm.Segments)-1] != m.Segment {
					pm.Segments = append(pm.Segments, m.Segment)
				}
			}
			if m.Actor {
				pm.Actor++
			}
		}
	}
	resolveCurrencies(res.Figures, d.Countries, mentions)
	for _, r := range runs {
		res.Operations = appendOperations(res.Operations, r.text)
	}
	// The spans of each run, figures first and then places as they were found, in one
	// array: each run's share is counted first.
	ends := emptied(sc.ends, len(runs)) // where each run's spans end in the array
	ends = ends[:len(runs)]
	clear(ends)
	for k := range res.Figures {
		ends[res.Figures[k].Segment]++
	}
	for _, m := range mentions {
		ends[m.Segment]++
	}
	for i := 1; i < len(ends); i++ {
		ends[i] += ends[i-1]
	}
	sc.ends = ends
	all := emptied(sc.spans, len(res.Figures)+len(mentions))
	sc.spans = all
	spans := emptied(sc.runSpans, len(runs))
	for i := range runs {
		from := 0
		if i > 0 {
			from = ends[i-1]
		}
		spans = append(spans, all[from:from:ends[i]])
	}
	sc.runSpans = spans
	for k := range res.Figures {
		f := &res.Figures[k]
		spans[f.Segment] = append(spans[f.Segment], span{start: f.Start, end: f.End, fig: &f.Figure})
	}
	for _, m := range mentions {
		p := sc.entries[byID[m.Place.ID]]
		spans[m.Segment] = append(spans[m.Segment], span{start: m.Start, end: m.End, place: p})
	}
	kept := spans
	for i := range runs {
		kept[i] = dropOverlaps(spans[i])
	}
	// The slab stays with the AST until the document is rendered (see Extension.Release).
	slab := t.memory.getSlab()
	pc.Set(slabKey, slab)
	slab.reserve(runs, kept)
	for i := range runs {
		r := &runs[i]
		// Right to left, so splitting a text node never moves text a later span refers to.
		for j := len(kept[i]) - 1; j >= 0; j-- {
			wrap(r, kept[i][j], slab)
		}
	}
}

// gatherRuns appends to runs the text of each block of doc that holds inline content. The
// runs' texts are parts of one string, and their pieces parts of one slice.
func (g *gatherer) gatherRuns(doc *ast.Document, source []byte, runs []run) []run {
	g.source = source
	g.text.Grow(len(source)) // about the size of the texts of all runs
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		if n.Type() == ast.TypeBlock && n.FirstChild() != nil && n.FirstChild().Type() == ast.TypeInline {
			if _, isCode := n.(*ast.CodeBlock); isCode {
				return ast.WalkSkipChildren, nil
			}
			if _, isCode := n.(*ast.FencedCodeBlock); isCode {
				return ast.WalkSkipChildren, nil
			}
			if _, isHTML := n.(*ast.HTMLBlock); isHTML {
				return ast.WalkSkipChildren, nil
			}
			g.base, g.depth = g.text.Len(), 0
			firstPiece := len(g.pieces)
			g.collect(n)
			r := run{block: n, text: g.text.String()[g.base:]}
			if strings.TrimSpace(r.text) != "" {
				r.pieces = g.pieces[firstPiece:len(g.pieces):len(g.pieces)]
				runs = append(runs, r)
			} else {
				g.pieces = g.pieces[:firstPiece]
			}
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	return runs
}

// gatherer holds the text and pieces of the runs gatherRuns has collected so far.
type gatherer struct {
	source []byte
	text   strings.Builder // the runs' texts, one after another
	base   int             // where the text of the run being collected starts in text
	pieces []piece         // the runs' pieces, one run's after another's
	depth  int             // elements opened by raw HTML in the run being collected
}

// reset empties g for another document, keeping the array of its pieces.
func (g *gatherer) reset() {
	clear(g.pieces)
	*g = gatherer{pieces: g.pieces[:0]}
}

// collect appends the text of n's inline children to the run being collected, skipping code,
// links and raw HTML, and text inside an element opened by raw HTML (g.depth counts the open
// ones). Where a skipped node stands, the run gets a line break, so no name is read across it.
func (g *gatherer) collect(n ast.Node) {
	b := &g.text
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if raw, ok := c.(*ast.RawHTML); ok {
			g.depth = max(0, g.depth+htmlDepthChange(raw, g.source))
			b.WriteByte('\n')
			continue
		}
		if g.depth > 0 {
			b.WriteByte('\n')
			continue
		}
		switch c := c.(type) {
		case *ast.Text:
			start := b.Len() - g.base
			b.Write(c.Segment.Value(g.source))
			g.pieces = append(g.pieces, piece{node: c, start: start, end: b.Len() - g.base})
			if c.SoftLineBreak() || c.HardLineBreak() {
				b.WriteByte(' ')
			}
		case *ast.String:
			start := b.Len() - g.base
			v := c.Value
			if c.IsCode() {
				v = []byte(html.UnescapeString(string(v)))
			}
			b.Write(v)
			g.pieces = append(g.pieces, piece{node: c, start: start, end: b.Len() - g.base, atom: true})
		case *ast.Emphasis, *east.Strikethrough:
			g.collect(c)
		default:
			// code spans, links, autolinks, images, raw HTML, footnote links: opaque.
			b.WriteByte('\n')
		}
	}
}

// htmlDepthChange is +1 for an inline tag that opens an element, -1 for one that closes it,
// and 0 for comments, void and self-closing tags.
func htmlDepthChange(raw *ast.RawHTML, source []byte) int {
	var tag []byte
	for i := 0; i < raw.Segments.Len(); i++ {
		seg := raw.Segments.At(i)
		tag = append(tag, seg.Value(source)...)
	}
	s := strings.TrimSpace(string(tag))
	switch {
	case strings.HasPrefix(s, "</"):
		return -1
	case strings.HasPrefix(s, "<!") || strings.HasPrefix(s, "<?") || strings.HasSuffix(s, "/>"):
		return 0
	}
	name := strings.ToLower(strings.TrimLeft(s, "<"))
	if i := strings.IndexAny(name, " \t\n/>"); i >= 0 {
		name = name[:i]
	}
	switch name {
	case "br", "img", "hr", "wbr", "input", "area", "col", "embed", "source", "track":
		return 0
	}
	return 1
}

// dropOverlaps keeps, of overlapping spans, the one that starts first (the longer on a tie),
// and returns them sorted.
func dropOverlaps(spans []span) []span {
	slices.SortStableFunc(spans, func(a, b span) int {
		if a.start != b.start {
			return cmp.Compare(a.start, b.start)
		}
		return cmp.Compare(b.end, a.end)
	})
	out := spans[:0]
	end := -1
	for _, s := range spans {
		if s.start < end {
			continue
		}
		out = append(out, s)
		end = s.end
	}
	return out
}

// wrap puts the nodes of span s under a new annotation node, splitting the text nodes at its
// ends. The span may cross the boundaries of emphasis when it covers each emphasis it enters
// whole ("*Kirkuk* province", "**Dayr** Az Zawr": the wrapper holds the emphasis and the text
// after it). It leaves the tree unchanged when the span begins or ends inside an element it
// does not cover whole, crosses a skipped element (a link, code), or splits a typographer
// entity.
func wrap(r *run, s span, slab *nodeSlab) {
	first, last, ok := r.piecesOf(s)
	if !ok {
		return
	}
	for _, i := range [...]int{first, last} {
		if p := r.pieces[i]; p.atom && (s.start > p.start || s.end < p.end) {
			return
		}
	}
	if s.start < r.pieces[first].start || s.end > r.pieces[last].end+1 {
		return // the span begins or ends in text that is not a node (a skipped element)
	}
	firstNode, lastNode := r.pieces[first].node, r.pieces[last].node
	parent, a, b := siblingsUnder(firstNode, lastNode)
	if parent == nil {
		return
	}
	// an element at either end is covered whole
	if a != firstNode && (s.start > r.pieces[first].start || leaf(a, true) != firstNode) {
		return
	}
	if b != lastNode && (s.end < r.pieces[last].end || leaf(b, false) != lastNode) {
		return
	}
	for n := a; ; n = n.NextSibling() {
		if n == nil || !plainInline(n) {
			return // a link, code or raw HTML between: no name runs across it
		}
		if n == b {
			break
		}
	}
	// Split the last node at the span's end, then the first at its start.
	if t, ok := b.(*ast.Text); ok && s.end < r.pieces[last].end {
		splitText(t, s.end-r.pieces[last].start, slab)
	}
	if t, ok := a.(*ast.Text); ok && s.start > r.pieces[first].start {
		split := splitText(t, s.start-r.pieces[first].start, slab)
		if a == b {
			b = split
		}
		a = split
	}
	var wrapper ast.Node
	if s.fig != nil {
		wrapper = slab.figure(s.fig)
	} else {
		wrapper = slab.place(s.place)
	}
	parent.InsertBefore(parent, a, wrapper)
	for n := a; n != nil; {
		next := n.NextSibling()
		parent.RemoveChild(parent, n)
		wrapper.AppendChild(wrapper, n)
		if n == b {
			break
		}
		n = next
	}
	// A soft line break belongs after the wrapper, not inside it.
	if t, ok := b.(*ast.Text); ok && (t.SoftLineBreak() || t.HardLineBreak()) {
		soft, hard := t.SoftLineBreak(), t.HardLineBreak()
		t.SetSoftLineBreak(false)
		t.SetHardLineBreak(false)
		brk := ast.NewTextSegment(text.NewSegment(t.Segment.Stop, t.Segment.Stop))
		brk.SetSoftLineBreak(soft)
		brk.SetHardLineBreak(hard)
		parent.InsertAfter(parent, wrapper, brk)
	}
}

// siblingsUnder returns the nearest node that holds both x and y, and its children a and b
// that hold x and y (x and y themselves when they are its children), or nil.
func siblingsUnder(x, y ast.Node) (parent, a, b ast.Node) {
	for ax := x; ax.Parent() != nil; ax = ax.Parent() {
		for by := y; by.Parent() != nil; by = by.Parent() {
			if by.Parent() == ax.Parent() {
				return ax.Parent(), ax, by
			}
		}
	}
	return nil, nil, nil
}

// leaf returns n's first (or last) descendant with no children, or n itself.
func leaf(n ast.Node, first bool) ast.Node {
	for n.HasChildren() {
		if first {
			n = n.FirstChild()
		} else {
			n = n.LastChild()
		}
	}
	return n
}

// plainInline reports whether n is text, or emphasis or strikethrough holding only such nodes:
// what the gatherer reads as one run of text.
func plainInline(n ast.Node) bool {
	switch n.(type) {
	case *ast.Text, *ast.String:
		return true
	case *ast.Emphasis, *east.Strikethrough:
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			if !plainInline(c) {
				return false
			}
		}
		return true
	}
	return false
}

// piecesOf returns the first piece that ends after s starts and the last that starts before it
// ends, and whether there are such pieces with first <= last. The pieces follow one another,
// so both are found by binary search.
func (r *run) piecesOf(s span) (first, last int, ok bool) {
	first = sort.Search(len(r.pieces), func(i int) bool { return r.pieces[i].end > s.start })
	last = sort.Search(len(r.pieces), func(i int) bool { return r.pieces[i].start >= s.end }) - 1
	return first, last, first < len(r.pieces) && last >= first
}

// splitText cuts t after at bytes, returning the new node that holds the rest; the piece
// offsets of later spans stay valid because they are looked up by node and position.
func splitText(t *ast.Text, at int, slab *nodeSlab) *ast.Text {
	seg := t.Segment
	rest := slab.text(text.NewSegment(seg.Start+at, seg.Stop))
	rest.SetSoftLineBreak(t.SoftLineBreak())
	rest.SetHardLineBreak(t.HardLineBreak())
	rest.SetRaw(t.IsRaw())
	t.Segment = text.NewSegment(seg.Start, seg.Start+at)
	t.SetSoftLineBreak(false)
	t.SetHardLineBreak(false)
	t.Parent().InsertAfter(t.Parent(), t, rest)
	return rest
}

// appendOperations adds the names that follow "Operation" in s ("Operation Inherent
// Resolve" → "Inherent Resolve"): the capitalised words after it.
func appendOperations(names []string, s string) []string {
	for i := 0; ; {
		j := strings.Index(s[i:], "Operation ")
		if j < 0 {
			return names
		}
		i += j + len("Operation ")
		if i-len("Operation ")-1 >= 0 {
			prev, _ := utf8.DecodeLastRuneInString(s[:i-len("Operation ")])
			if unicode.IsLetter(prev) {
				continue
			}
		}
		words := []string{}
		rest := s[i:]
		for len(words) < 4 {
			w := rest
			if k := strings.IndexAny(w, " ,.;:()[]\n"); k >= 0 {
				w = w[:k]
			}
			r, _ := utf8.DecodeRuneInString(w)
			if w == "" || !unicode.IsUpper(r) {
				break
			}
			words = append(words, w)
			rest = rest[len(w):]
			if !strings.HasPrefix(rest, " ") {
				break
			}
			rest = rest[1:]
		}
		if len(words) == 0 {
			continue
		}
		name := strings.Join(words, " ")
		dup := false
		for _, n := range names {
			dup = dup || n == name
		}
		if !dup {
			names = append(names, name)
		}
	}
}

// lineIndex maps run offsets back to lines and columns of the file.
type lineIndex struct {
	source []byte
	first  int   // line of the file on which source starts
	starts []int // offsets at which lines start, made on first use (in a reused array)
}

func (li *lineIndex) at(r run, off int) (line, col int) {
	for _, p := range r.pieces {
		if off < p.end || p.end == len(r.text) {
			var pos int
			switch n := p.node.(type) {
			case *ast.Text:
				pos = n.Segment.Start + max(0, off-p.start)
			default:
				if s, ok := p.node.(interface{ Pos() int }); ok {
					pos = s.Pos()
				}
			}
			pos = min(max(pos, 0), len(li.source))
			if len(li.starts) == 0 {
				li.starts = append(li.starts, 0)
				for i, c := range li.source {
					if c == '\n' {
						li.starts = append(li.starts, i+1)
					}
				}
			}
			n := sort.SearchInts(li.starts, pos+1) - 1 // the last line start at or before pos
			return li.first + n, pos - li.starts[n] + 1
		}
	}
	return li.first, 1
}

// nodeSlab hands out the nodes that wrapping a document's spans adds (two text nodes and a
// wrapper at most per span) from a few slices sized once, instead of one allocation each:
// a briefing of 40 figures and 20 place mentions adds up to 180 nodes. The slices are reused
// for later documents once the document is rendered (see memory).
type nodeSlab struct {
	texts   []ast.Text
	figures []FigureNode
	places  []PlaceNode
}

// reserve makes room for wrapping the spans of every run, before any node is handed out: a
// text node for each end of a span inside a text node (wrap splits it there) and a wrapper.
func (s *nodeSlab) reserve(runs []run, kept [][]span) {
	spans, figs, splits := 0, 0, 0
	for i, spansOfRun := range kept {
		spans += len(spansOfRun)
		r := &runs[i]
		for _, sp := range spansOfRun {
			if sp.fig != nil {
				figs++
			}
			first, last, ok := r.piecesOf(sp)
			if !ok {
				continue
			}
			if _, isText := r.pieces[last].node.(*ast.Text); isText && sp.end < r.pieces[last].end {
				splits++
			}
			if _, isText := r.pieces[first].node.(*ast.Text); isText && sp.start > r.pieces[first].start {
				splits++
			}
		}
	}
	s.texts = emptied(s.texts, splits)
	s.figures = emptied(s.figures, figs)
	s.places = emptied(s.places, spans-figs)
}

// text returns a new text node over seg.
func (s *nodeSlab) text(seg text.Segment) *ast.Text {
	if len(s.texts) == cap(s.texts) { // not reserved: still correct
		return ast.NewTextSegment(seg)
	}
	s.texts = append(s.texts, ast.Text{Segment: seg})
	return &s.texts[len(s.texts)-1]
}

func (s *nodeSlab) figure(f *figure.Figure) *FigureNode {
	if len(s.figures) == cap(s.figures) {
		return &FigureNode{Figure: f}
	}
	s.figures = append(s.figures, FigureNode{Figure: f})
	return &s.figures[len(s.figures)-1]
}

func (s *nodeSlab) place(p *placeEntry) *PlaceNode {
	if len(s.places) == cap(s.places) {
		return &PlaceNode{Place: &p.Place, tag: p.tag}
	}
	s.places = append(s.places, PlaceNode{Place: &p.Place, tag: p.tag})
	return &s.places[len(s.places)-1]
}
