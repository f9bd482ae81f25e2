package build

import (
	"bytes"
	"context"
	"fmt"
	"github.com/sitrep-archive/sitrep/generator/site"
	"math/rand"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/sitrep-archive/sitrep/generator/render"
)

// copySite copies the sample site of the checkout (site.yaml, content/, layouts/, static/)
// into a new folder and returns it.
func copySite(t testing.TB) string {
	t.Helper()
	dir := t.TempDir()
	for _, name := range []string{"site.yaml", "content", "layouts", "static"} {
		err := filepath.WalkDir(filepath.Join(repoRoot, name), func(p string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			rel, _ := filepath.Rel(repoRoot, p)
			data, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			return writeFile(filepath.Join(dir, rel), data)
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func writeFile(p string, data []byte) error {
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return err
	}
	return os.WriteFile(p, data, 0o644)
}

// editor makes random edits to a site folder and names the paths it touched.
type editor struct {
	t    testing.TB
	dir  string
	rnd  *rand.Rand
	n    int
	mine map[string]*fakeBriefing // briefings written by the editor, by path
}

type fakeBriefing struct {
	title, date, slug string
	theatres, ops     []string
	draft             bool
	summary           string
	body              string
}

var (
	theatreNames = []string{"Iraq", "Syria", "Afghanistan", "Narnia", "iraq", "Europe"}
	opNames      = []string{"Inherent Resolve", "OIR", "Freedom's Sentinel", "Operation Nowhere"}
	placeNames   = []string{"Mosul", "Raqqa", "Kabul", "Kirkuk", "Tal Afar", "Aleppo", "Baghdad", "Kandahar", "Deir ez-Zor"}
	bodyWords    = []string{"Coalition forces", "cleared", "1,083 square kilometers", "near Mosul", "in Raqqa",
		"seven strikes", "Day 126", "Kabul", "Operation Inherent Resolve", "the Hawija Pocket", "and", "patrols"}
)

func (e *editor) pick(list []string, max int) []string {
	var out []string
	for i := e.rnd.Intn(max + 1); i > 0; i-- {
		out = append(out, list[e.rnd.Intn(len(list))])
	}
	return out
}

func (e *editor) randomBriefing() *fakeBriefing {
	e.n++
	var body []string
	for i := 0; i < 5+e.rnd.Intn(20); i++ {
		body = append(body, bodyWords[e.rnd.Intn(len(bodyWords))])
	}
	fb := &fakeBriefing{
		title:    fmt.Sprintf("Briefing number %d", e.n),
		date:     fmt.Sprintf("%d-%02d-%02d", 2014+e.rnd.Intn(12), 1+e.rnd.Intn(12), 1+e.rnd.Intn(28)),
		theatres: e.pick(theatreNames, 2),
		ops:      e.pick(opNames, 2),
		draft:    e.rnd.Intn(5) == 0,
		body:     strings.Join(body, " ") + ".",
	}
	if e.rnd.Intn(4) == 0 {
		fb.slug = "same-slug" // sometimes collides with another briefing of the month
	}
	return fb
}

func (fb *fakeBriefing) text() []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "---\ntitle: %s\ndate: %s\n", fb.title, fb.date)
	if len(fb.theatres) > 0 {
		fmt.Fprintf(&b, "theatres: [%s]\n", strings.Join(fb.theatres, ", "))
	}
	if len(fb.ops) > 0 {
		fmt.Fprintf(&b, "operations: [\"%s\"]\n", strings.Join(fb.ops, "\", \""))
	}
	if fb.slug != "" {
		fmt.Fprintf(&b, "slug: %s\n", fb.slug)
	}
	if fb.summary != "" {
		fmt.Fprintf(&b, "summary: %s\n", fb.summary)
	}
	fmt.Fprintf(&b, "draft: %v\n---\n%s\n", fb.draft, fb.body)
	return b.Bytes()
}

func (e *editor) write(rel string, data []byte) {
	if err := writeFile(filepath.Join(e.dir, filepath.FromSlash(rel)), data); err != nil {
		e.t.Fatal(err)
	}
}

func (e *editor) anyMine() (string, *fakeBriefing) {
	if len(e.mine) == 0 {
		return "", nil
	}
	var keys []string
	for k := range e.mine {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	k := keys[e.rnd.Intn(len(keys))]
	return k, e.mine[k]
}

// step makes one random edit and returns a description and the paths it changed.
func (e *editor) step() (string, []string) {
	p, fb := e.anyMine()
	op := e.rnd.Intn(18)
	if fb == nil && (op >= 1 && op <= 7 || op >= 12 && op <= 14 || op == 16) {
		op = 0
	}
	switch op {
	case 0: // create, sometimes in a new folder
		fb := e.randomBriefing()
		p := fmt.Sprintf("content/new%d/b%d.md", e.rnd.Intn(3), e.n)
		e.mine[p] = fb
		e.write(p, fb.text())
		return "create " + p, []string{p}
	case 1: // change theatres
		fb.theatres = e.pick(theatreNames, 2)
		e.write(p, fb.text())
		return "theatres " + p, []string{p}
	case 2: // rename, sometimes into another folder
		q := fmt.Sprintf("content/moved%d/r%d.md", e.rnd.Intn(2), e.n)
		e.n++
		os.MkdirAll(filepath.Join(e.dir, filepath.Dir(q)), 0o755)
		if err := os.Rename(filepath.Join(e.dir, p), filepath.Join(e.dir, q)); err != nil {
			e.t.Fatal(err)
		}
		delete(e.mine, p)
		e.mine[q] = fb
		return "rename " + p + " " + q, []string{p, q}
	case 3: // delete
		os.Remove(filepath.Join(e.dir, p))
		delete(e.mine, p)
		return "delete " + p, []string{p}
	case 4: // draft on/off
		fb.draft = !fb.draft
		e.write(p, fb.text())
		return "draft " + p, []string{p}
	case 5: // body
		fb.body += " Further strikes near Tal Afar."
		e.write(p, fb.text())
		return "body " + p, []string{p}
	case 6: // date, title (reorders lists, moves the page)
		fb.date = fmt.Sprintf("%d-%02d-%02d", 2014+e.rnd.Intn(12), 1+e.rnd.Intn(12), 1+e.rnd.Intn(28))
		fb.title += " (updated)"
		e.write(p, fb.text())
		return "date " + p, []string{p}
	case 7: // a broken edit, fixed at once by the next step's rewrite
		e.write(p, []byte("---\ntitle: [unclosed\n---\nbody\n"))
		return "break " + p, []string{p}
	case 8: // a sample briefing goes away, or a whole folder is renamed
		if e.rnd.Intn(2) == 0 {
			dirs, _ := filepath.Glob(filepath.Join(e.dir, "content", "*"))
			sort.Strings(dirs)
			d := dirs[e.rnd.Intn(len(dirs))]
			to := d + "-renamed"
			os.Rename(d, to)
			rel := func(x string) string { r, _ := filepath.Rel(e.dir, x); return filepath.ToSlash(r) }
			for k, v := range e.mine {
				if strings.HasPrefix(k, rel(d)+"/") {
					delete(e.mine, k)
					e.mine[rel(to)+strings.TrimPrefix(k, rel(d))] = v
				}
			}
			return "rename folder " + rel(d), []string{rel(d), rel(to)}
		}
		files, _ := filepath.Glob(filepath.Join(e.dir, "content", "*", "*", "*.md"))
		sort.Strings(files)
		if len(files) == 0 {
			return "nothing", nil
		}
		f := files[e.rnd.Intn(len(files))]
		os.Remove(f)
		r, _ := filepath.Rel(e.dir, f)
		r = filepath.ToSlash(r)
		delete(e.mine, r)
		return "delete sample " + r, []string{r}
	case 9: // site.yaml
		data, _ := os.ReadFile(filepath.Join(e.dir, "site.yaml"))
		n := 2 + e.rnd.Intn(4)
		lines := strings.Split(string(data), "\n")
		for i, l := range lines {
			if strings.HasPrefix(l, "paginate:") {
				lines[i] = fmt.Sprintf("paginate: %d", n)
			}
		}
		e.write("site.yaml", []byte(strings.Join(lines, "\n")))
		return fmt.Sprintf("paginate %d", n), []string{"site.yaml"}
	case 10: // a layout
		e.write("layouts/partials/footer.html", []byte(fmt.Sprintf("<footer>edit %d {{.Site.Title}}</footer>\n", e.n)))
		e.n++
		return "layout", []string{"layouts/partials/footer.html"}
	case 12: // places named in the body (maps, related places, place pages)
		fb.body += " Fighting spread to " + placeNames[e.rnd.Intn(len(placeNames))] + "."
		if e.rnd.Intn(3) == 0 {
			fb.body = strings.Replace(fb.body, "Mosul", "Kirkuk", 1)
		}
		e.write(p, fb.text())
		return "places " + p, []string{p}
	case 13: // figures in the body (key figures, timelines)
		fb.body += fmt.Sprintf("\n\nCoalition aircraft conducted %d strikes near Raqqa, destroying %d percent of the %d square kilometers held.",
			1+e.rnd.Intn(40), e.rnd.Intn(100), 10+e.rnd.Intn(5000))
		e.write(p, fb.text())
		return "figures " + p, []string{p}
	case 14: // the summary (list items, feeds, search)
		fb.summary = fmt.Sprintf("Summary %d", e.rnd.Intn(1000))
		if e.rnd.Intn(3) == 0 {
			fb.summary = ""
		}
		e.write(p, fb.text())
		return "summary " + p, []string{p}
	case 15: // a line added to a sample briefing: its body, sometimes its figures and places
		files, _ := filepath.Glob(filepath.Join(e.dir, "content", "*", "*", "*.md"))
		sort.Strings(files)
		if len(files) == 0 {
			return "nothing", nil
		}
		f := files[e.rnd.Intn(len(files))]
		data, err := os.ReadFile(f)
		if err != nil {
			e.t.Fatal(err)
		}
		lines := []string{"A closing remark.", "Patrols continued near " + placeNames[e.rnd.Intn(len(placeNames))] + ".",
			fmt.Sprintf("Forces cleared %d square kilometers.", 1+e.rnd.Intn(900))}
		data = append(data, "\n"+lines[e.rnd.Intn(len(lines))]+"\n"...)
		if err := os.WriteFile(f, data, 0o644); err != nil {
			e.t.Fatal(err)
		}
		r, _ := filepath.Rel(e.dir, f)
		return "sample body " + filepath.ToSlash(r), []string{filepath.ToSlash(r)}
	case 16: // text alone, or figures without places: the short way (revise.go)
		lines := []string{" The spokesman declined to comment.", fmt.Sprintf(" Engineers cleared %d city blocks.", 1+e.rnd.Intn(90)),
			fmt.Sprintf(" About %d percent of the district is cleared.", e.rnd.Intn(100))}
		fb.body += lines[e.rnd.Intn(len(lines))]
		e.write(p, fb.text())
		return "text " + p, []string{p}
	default: // a stylesheet
		e.write("static/css/site.css", []byte(fmt.Sprintf("body { color: #%06x; }\n", e.rnd.Intn(1<<24))))
		return "css", []string{"static/css/site.css"}
	}
}

func diffTrees(t *testing.T, got, want map[string][]byte) bool {
	t.Helper()
	ok := true
	for p, w := range want {
		g, found := got[p]
		if !found {
			t.Errorf("missing %s", p)
			ok = false
		} else if !bytes.Equal(g, w) {
			at := 0
			for at < len(g) && at < len(w) && g[at] == w[at] {
				at++
			}
			from := max(at-150, 0)
			t.Errorf("%s differs at byte %d:\n got %.300q\nwant %.300q", p, at, g[from:], w[from:])
			ok = false
		}
	}
	for p := range got {
		if _, found := want[p]; !found {
			t.Errorf("unexpected %s", p)
			ok = false
		}
	}
	return ok
}

// TestSessionRandomEditsMatchFullBuild makes a fixed random sequence of edits (create,
// change theatres, rename, delete, draft on/off, broken frontmatter, places, figures,
// summaries, lines added to sample briefings, site.yaml, layouts, static) and compares the session's site after each with a clean full build.
func TestSessionRandomEditsMatchFullBuild(t *testing.T) {
	dir, bl, opts, sess := newEditedSite(t)
	steps := 80
	if testing.Short() {
		steps = 20
	}
	ctx := context.Background()
	e := &editor{t: t, dir: dir, rnd: rand.New(rand.NewSource(6)), mine: map[string]*fakeBriefing{}}
	revised := 0
	defer func() {
		if !t.Failed() && revised == 0 {
			t.Errorf("no edit took the short way (Update.Revised)")
		}
	}()
	for i := 0; i < steps; i++ {
		what, changed := e.step()
		if i%10 == 9 {
			changed = nil // sometimes the watcher does not know
		}
		up, serr := sess.Rebuild(ctx, changed)
		full := opts
		full.Dest = filepath.Join(t.TempDir(), "public")
		_, ferr := bl.Build(ctx, full)
		if (serr == nil) != (ferr == nil) {
			t.Fatalf("step %d (%s): session error %v, full build error %v", i, what, serr, ferr)
		}
		if ferr != nil {
			if serr.Error() != ferr.Error() {
				t.Errorf("step %d (%s): errors differ:\n%v\n%v", i, what, serr, ferr)
			}
			continue
		}
		if !diffTrees(t, up.Files, readTree(t, full.Dest)) {
			t.Fatalf("step %d (%s): the session's site differs from a full build", i, what)
		}
		if up.Revised {
			revised++
		}
		t.Logf("step %d: %s: %d pages rendered, %d changed, %d removed, revised %v", i, what, up.Rendered, len(up.Changed), len(up.Removed), up.Revised)
	}
}

// newEditedSite copies the sample site with three briefings a page (so that edits move
// briefings between pages) and returns it with a session that has built it once.
func newEditedSite(t *testing.T) (string, *Builder, Options, *Session) {
	dir := copySite(t)
	data, _ := os.ReadFile(filepath.Join(dir, "site.yaml"))
	os.WriteFile(filepath.Join(dir, "site.yaml"), bytes.Replace(data, []byte("paginate: 10"), []byte("paginate: 3"), 1), 0o644)
	bl := NewBuilder()
	opts := Options{Source: DirFS(dir), Now: buildNow, Drafts: true, LiveReload: true, MatcherDir: testMatcherDir}
	sess := bl.NewSession(opts)
	if _, err := sess.Rebuild(context.Background(), nil); err != nil {
		t.Fatal(err)
	}
	return dir, bl, opts, sess
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// TestSessionRendersOnlyWhatAnEditAffects checks that editing one briefing's body renders
// that briefing and the few lists that show it, not the whole site (with precise
// signatures), and that a rebuild without changes renders nothing.
func TestSessionRendersOnlyWhatAnEditAffects(t *testing.T) {
	dir := copySite(t)
	ctx := context.Background()
	sess := NewBuilder().NewSession(Options{Source: DirFS(dir), Now: buildNow, MatcherDir: testMatcherDir})
	first, err := sess.Rebuild(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	rel := "content/iraq/2014/campaign-against-isil-named-inherent-resolve.md"
	data, _ := os.ReadFile(filepath.Join(dir, rel))
	os.WriteFile(filepath.Join(dir, rel), append(data, "\nA new closing line.\n"...), 0o644)
	up, err := sess.Rebuild(ctx, []string{rel})
	if err != nil {
		t.Fatal(err)
	}
	if up.Rendered == 0 || up.Rendered > 8 || up.Rendered*3 > first.Rendered {
		t.Errorf("an edit to one briefing rendered %d of %d pages", up.Rendered, first.Rendered)
	}
	page := "briefings/2014/10/operation-inherent-resolve-named/index.html"
	if !bytes.Contains(up.Files[page], []byte("A new closing line.")) || !contains(up.Changed, page) {
		t.Errorf("changed %v", up.Changed)
	}
	again, err := sess.Rebuild(ctx, []string{rel})
	if err != nil || again.Rendered != 0 || len(again.Changed) != 0 {
		t.Errorf("a rebuild without edits rendered %d pages, changed %v (%v)", again.Rendered, again.Changed, err)
	}
}

// TestItemKeyLevel checks which key list items are kept by across models, read from the
// item partial: the summary key for what it hashes, the full key for more of the file,
// and no sharing for anything else.
func TestItemKeyLevel(t *testing.T) {
	sample, err := os.ReadFile(filepath.Join(repoRoot, "layouts", "partials", "briefing-item.html"))
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		partial, other string
		want           itemLevel
	}{
		{string(sample), "", itemSummary},
		{`{{.Title}} {{.Date.Format "2006"}} {{isoDate .Date}} {{join ", " .Tags}}`, "", itemSummary},
		{`{{with .Prev}}{{.Title}}{{end}}{{if .Next}}{{.Next.URL}}{{end}}`, "", itemSummary},
		{`{{with .Month}}{{.Name}}{{end}}`, "", itemSummary},
		{`{{range $i, $t := .PlaceTerms}}{{$i}} {{$t.Place.Lat}} {{$t.KindName}}{{end}}`, "", itemSummary},
		{`{{$t := index .Theatres 0}}{{$t.Name}}`, "", itemSummary},
		{`{{range limit 2 .KeyFigures}}{{.Normalised}} {{value .Value}}{{end}}`, "", itemSummary},
		{`{{(and .Prev .Next).Title}}`, "", itemSummary},
		{`{{template "x" .}}`, `{{define "x"}}{{.Title}}{{end}}`, itemSummary},
		{`{{.Title}} {{.WordCount}}`, "", itemFull},
		{`{{.Content}}`, "", itemFull},
		{`{{range .Figures}}{{.Text}}{{.Check}}{{end}}`, "", itemFull},
		{`{{.Briefing.Theatres}}`, "", itemFull},
		{`{{range .Theatres}}{{.Description}}{{end}}`, "", itemNone},
		{`{{range .Theatres}}{{len .Briefings}}{{end}}`, "", itemNone},
		{`{{range .Operations}}{{.Mentions}}{{end}}`, "", itemNone},
		{`{{.Month.Year.Name}}`, "", itemNone},
		{`{{.Prev.Slug}}`, "", itemNone},
		{`{{.Prev.Content}}`, "", itemNone},
		{`{{with .Prev}}{{.WordCount}}{{end}}`, "", itemNone},
		{`{{$x := .Title}}{{range .Theatres}}{{$x = .}}{{end}}{{$x}}`, "", itemNone},
		{`{{(index .Theatres 0).Briefings}}`, "", itemNone},
		{`{{(or .Prev .Month).Title}}`, "", itemNone},
		{`{{range .KeyFigures}}{{.Check}}{{end}}`, "", itemNone},
		{`{{.}}`, "", itemNone},
		{`{{.Theatres}}`, "", itemNone},
		{`{{printf "%v" .Month}}`, "", itemNone},
		{`{{jsonLD .}}`, "", itemNone},
		{`{{briefingItem .}}`, "", itemNone},
		{`{{template "x" .}}`, `{{define "x"}}{{range .Theatres}}{{.Start}}{{end}}{{end}}`, itemNone},
		{`{{template "missing" .}}`, "", itemNone},
	}
	for _, c := range cases {
		fsys := fstest.MapFS{
			"layouts/base.html":                   {Data: []byte(`{{block "main" .}}{{end}}`)},
			"layouts/partials/briefing-item.html": {Data: []byte(c.partial)},
		}
		if c.other != "" {
			fsys["layouts/partials/other.html"] = &fstest.MapFile{Data: []byte(c.other)}
		}
		for _, name := range render.LayoutFiles() {
			fsys["layouts/"+name] = &fstest.MapFile{Data: []byte("x")}
		}
		tmpl, err := render.Load(fsys, render.Funcs("/", "https://example.org/"))
		if err != nil {
			t.Fatalf("%s: %v", c.partial, err)
		}
		if got := itemKeyLevel(tmpl.PartialTrees()); got != c.want {
			t.Errorf("%s %s: level %d, want %d", c.partial, c.other, got, c.want)
		}
	}
}

// TestSessionSharedItemsMatchFullBuild makes random edits with item partials kept by each
// key (and by none), comparing the session's site after each with a clean full build.
func TestSessionSharedItemsMatchFullBuild(t *testing.T) {
	sample, err := os.ReadFile(filepath.Join(repoRoot, "layouts", "partials", "briefing-item.html"))
	if err != nil {
		t.Fatal(err)
	}
	extras := []struct {
		text string
		want itemLevel
	}{
		{`<p>{{with .Prev}}<a href="{{.URL}}">{{.Title}}</a>{{end}}{{range .PlaceTerms}} {{.Name}}{{end}}</p>`, itemSummary},
		{`<p>{{.WordCount}} words{{range .Figures}} {{.Text}}{{end}}</p>`, itemFull},
		{`<p>{{with or .Prev .Month}}<a href="{{.URL}}">more</a>{{end}}</p>`, itemNone},
		// Counts of the item's terms: they change with other briefings, which no item key
		// covers, so the pages listing items must be signed as reading the whole site.
		{`<p>{{range .Theatres}}{{.Name}} ({{len .Briefings}}) {{end}}{{range .PlaceTerms}}{{.Count}} {{end}}</p>`, itemNone},
	}
	steps := 15
	if testing.Short() {
		steps = 5
	}
	ctx := context.Background()
	for k, x := range extras {
		dir := copySite(t)
		partial := bytes.Replace(sample, []byte("</article>"), []byte(x.text+"\n</article>"), 1)
		if err := writeFile(filepath.Join(dir, "layouts", "partials", "briefing-item.html"), partial); err != nil {
			t.Fatal(err)
		}
		bl := NewBuilder()
		opts := Options{Source: DirFS(dir), Now: buildNow, Drafts: true, LiveReload: true, MatcherDir: testMatcherDir}
		sess := bl.NewSession(opts)
		if _, err := sess.Rebuild(ctx, nil); err != nil {
			t.Fatal(err)
		}
		if sess.itemLevel != x.want {
			t.Fatalf("partial %d: level %d, want %d", k, sess.itemLevel, x.want)
		}
		e := &editor{t: t, dir: dir, rnd: rand.New(rand.NewSource(int64(20 + k))), mine: map[string]*fakeBriefing{}}
		shared := 0
		for i := 0; i < steps; i++ {
			what, changed := e.step()
			up, serr := sess.Rebuild(ctx, changed)
			full := opts
			full.Dest = filepath.Join(t.TempDir(), "public")
			_, ferr := bl.Build(ctx, full)
			if (serr == nil) != (ferr == nil) {
				t.Fatalf("partial %d, step %d (%s): session error %v, full build error %v", k, i, what, serr, ferr)
			}
			if ferr != nil {
				continue
			}
			if !diffTrees(t, up.Files, readTree(t, full.Dest)) {
				t.Fatalf("partial %d, step %d (%s): the session's site differs from a full build", k, i, what)
			}
			if sess.itemLevel != x.want {
				t.Fatalf("partial %d, step %d (%s): level %d, want %d", k, i, what, sess.itemLevel, x.want)
			}
			if sess.tmpl.SharedItems() > 0 {
				shared++
			}
		}
		if (shared > 0) != (x.want != itemNone) {
			t.Errorf("partial %d: items shared by %d rebuilds", k, shared)
		}
	}
}

// TestTermPagesBeyondTheFirst: the pages of a theatre after the first show no map and no
// related terms, so an edit that changes only those re-renders the first page alone.
func TestTermPagesBeyondTheFirst(t *testing.T) {
	dir, sess, first := onePerPageSession(t)
	ctx := context.Background()
	theatrePages := 0
	for p := range first.Files {
		if strings.HasPrefix(p, "theatres/iraq/page/") {
			theatrePages++
		}
	}
	if theatrePages < 4 {
		t.Fatalf("the Iraq theatre has %d pages after the first; the test needs more", theatrePages)
	}
	// A town named nowhere else: a new place for the theatre's map and related list, and no
	// change to the most-mentioned places that its JSON-LD names.
	rel := "content/iraq/2014/campaign-against-isil-named-inherent-resolve.md"
	appendTo(t, filepath.Join(dir, rel), "\nA patrol later passed through Baiji.\n")
	up, err := sess.Rebuild(ctx, []string{rel})
	if err != nil {
		t.Fatal(err)
	}
	if !contains(up.Changed, "theatres/iraq/index.html") {
		t.Errorf("the theatre's first page did not change: %v", up.Changed)
	}
	for _, p := range up.Changed {
		if strings.HasPrefix(p, "theatres/iraq/page/") {
			t.Errorf("%s changed", p)
		}
	}
	var again []string // one page lists the briefing, and renders again
	for _, p := range up.rendered {
		if strings.HasPrefix(p, "theatres/iraq/page/") {
			again = append(again, p)
		}
	}
	if len(again) > 1 {
		t.Errorf("pages after the first rendered again: %v", again)
	}
	want, err := cleanTree(t, Options{Source: DirFS(dir), Now: buildNow, MatcherDir: testMatcherDir})
	if err != nil {
		t.Fatal(err)
	}
	if !diffTrees(t, up.Files, want) {
		t.Error("the rebuild differs from a clean build")
	}
}

// TestPlaceMentionsOnTheFirstPage: a place's pages after the first do not show how often it
// is named, so a sentence that names it once more in a briefing that already names it
// renders none of them again.
func TestPlaceMentionsOnTheFirstPage(t *testing.T) {
	dir, sess, first := onePerPageSession(t)
	ctx := context.Background()
	var pl *site.Term
	for _, p := range first.Result.Site.Places {
		if len(p.Briefings) >= 3 && (pl == nil || len(p.Briefings) > len(pl.Briefings)) {
			pl = p
		}
	}
	if pl == nil {
		t.Fatal("no place with three briefings")
	}
	rel := pl.Briefings[0].Path
	appendTo(t, filepath.Join(dir, rel), "\nThe strike near "+pl.Name+" was confirmed later.\n")
	up, err := sess.Rebuild(ctx, []string{rel})
	if err != nil {
		t.Fatal(err)
	}
	if got := up.Result.Site.Places; len(got) != len(first.Result.Site.Places) {
		t.Fatalf("the edit changed the places: %d, was %d", len(got), len(first.Result.Site.Places))
	}
	prefix := strings.TrimPrefix(pl.URL, "/") + "page/"
	for _, p := range up.rendered {
		if strings.HasPrefix(p, prefix) {
			t.Errorf("%s was rendered again", p)
		}
	}
	if !contains(up.Changed, strings.TrimPrefix(pl.URL, "/")+"index.html") {
		t.Errorf("%s's first page did not change: %v", pl.Name, up.Changed)
	}
	want, err := cleanTree(t, Options{Source: DirFS(dir), Now: buildNow, MatcherDir: testMatcherDir})
	if err != nil {
		t.Fatal(err)
	}
	if !diffTrees(t, up.Files, want) {
		t.Error("the rebuild differs from a clean build")
	}
}

// onePerPageSession copies the sample site with one briefing a page (every list has many
// pages) and returns it with a session that has built it once, and that build.
func onePerPageSession(t *testing.T) (string, *Session, *Update) {
	t.Helper()
	dir := copySite(t)
	yaml := filepath.Join(dir, "site.yaml")
	data, _ := os.ReadFile(yaml)
	os.WriteFile(yaml, bytes.Replace(data, []byte("paginate: 10"), []byte("paginate: 1"), 1), 0o644)
	sess := NewBuilder().NewSession(Options{Source: DirFS(dir), Now: buildNow, MatcherDir: testMatcherDir})
	first, err := sess.Rebuild(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	return dir, sess, first
}
