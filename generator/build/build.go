package build

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/sitrep-archive/sitrep/generator/annotate"
	"github.com/sitrep-archive/sitrep/generator/annotate/gazetteer"
	"github.com/sitrep-archive/sitrep/generator/annotate/place"
	"github.com/sitrep-archive/sitrep/generator/check"
	"github.com/sitrep-archive/sitrep/generator/config"
	"github.com/sitrep-archive/sitrep/generator/content"
	"github.com/sitrep-archive/sitrep/generator/diag"
	"github.com/sitrep-archive/sitrep/generator/internal/rawfile"
	"github.com/sitrep-archive/sitrep/generator/markdown"
	"github.com/sitrep-archive/sitrep/generator/output"
	"github.com/sitrep-archive/sitrep/generator/render"
	"github.com/sitrep-archive/sitrep/generator/site"
	"github.com/yuin/goldmark/parser"
)

// StaticDir is the folder of files copied as they are (then minified) into the output.
const StaticDir = "static"

// Options are what a build is asked to do.
type Options struct {
	// Source is the site folder (holding site.yaml, content/, layouts/, static/).
	Source fs.FS
	// Dest is the output folder ("public").
	Dest string
	// BaseURL, when set, overrides site.yaml's baseURL.
	BaseURL string
	Drafts  bool
	Future  bool
	// Minify, when set, overrides site.yaml's minify.
	Minify *bool
	// Now decides which briefings are in the future; zero means the wall clock.
	Now time.Time
	// LiveReload makes layouts add the dev server's reload script.
	LiveReload bool
	// CheckLinks runs the link checker over the new tree before it is swapped in; a broken
	// link fails the build.
	CheckLinks bool
	// Cache keeps a build cache beside Dest (CacheDir) after each build.
	Cache bool
	// Incremental, with Cache, updates Dest in place from the cache when the cache is valid
	// and Dest is as the last build left it: only the files whose bytes changed are written.
	Incremental bool
	// MatcherDir is where snapshots of the place matcher are kept between builds
	// (matchers.go): a folder shared by every build on the machine, such as the user's cache
	// folder. "" means the build cache folder, for a build with a cache, and none otherwise.
	MatcherDir string
	// ContentListed, when set, is told the number of briefing files as soon as a build with
	// a cache has listed content/ (the command line sizes its memory limit by it).
	ContentListed func(n int)
}

// Result describes a finished build.
type Result struct {
	Site     *site.Site
	Pages    int
	Stats    output.Stats
	Warnings diag.List
	Elapsed  time.Duration
	// Stages are the wall-clock times of the stages, in order (for --timings).
	Stages []Stage

	trash string // where the replaced tree was moved (builds with a cache)
	// reusedAnnotations is the number of briefings whose part of annotations.json was
	// copied from the last build's file (annotations.go).
	reusedAnnotations int
	// sharedItems is the number of list items taken from the build cache (items.go).
	sharedItems int
}

// Cleanup removes what the build left to remove later: the tree a full build with a cache
// replaced (moved into the cache folder, and removed here, after the build, because
// removing ten thousand folders takes about as long as writing them). Any tree left there
// by an earlier build that was stopped goes too.
func (r *Result) Cleanup() error {
	if r.trash == "" {
		return nil
	}
	return output.RemoveTrash(r.trash)
}

// Stage is the time one stage of a build took.
type Stage struct {
	Name    string
	Elapsed time.Duration
}

// stopwatch records stage times.
type stopwatch struct {
	last   time.Time
	stages []Stage
}

func (w *stopwatch) lap(name string) {
	now := time.Now()
	w.stages = append(w.stages, Stage{Name: name, Elapsed: now.Sub(w.last)})
	w.last = now
}

// Summary is the one line a build ends with.
func (r *Result) Summary() string {
	if r.Stats.Incremental {
		return fmt.Sprintf("updated %d pages, %d files (%d written, %d unchanged, %d removed) in %d ms", r.Pages, r.Stats.Files, r.Stats.Written, r.Stats.Unchanged, r.Stats.Removed, r.Elapsed.Milliseconds())
	}
	return fmt.Sprintf("built %d pages, %d files, %d bytes in %d ms", r.Pages, r.Stats.Files, r.Stats.Bytes, r.Elapsed.Milliseconds())
}

// Builder builds one site, again and again.
type Builder struct {
	minifier *output.Minifier

	once bool // see Once

	mu       sync.Mutex
	gaz      *gazetteer.Gazetteer
	matchers map[string]*place.Matcher // by the place options that made them
	saving   sync.WaitGroup            // matcher snapshots being written (matchers.go)
	// snapshotsRead and matchersBuilt count where the matchers came from (for tests).
	snapshotsRead, matchersBuilt int
}

// NewBuilder returns a builder; the gazetteer is loaded on first use.
func NewBuilder() *Builder {
	return &Builder{minifier: output.NewMinifier(), matchers: map[string]*place.Matcher{}}
}

// Once says the builder will build one site once (the command line's build): what only the
// conversion of briefings needs, the gazetteer and its place matcher (close to a hundred
// megabytes), is let go as soon as the briefings are converted, before the pages are
// rendered, instead of being kept for the next build.
func (bl *Builder) Once() *Builder {
	bl.once = true
	return bl
}

// release lets go of the gazetteer and the matchers of a builder that builds once.
func (bl *Builder) release() {
	if !bl.once {
		return
	}
	bl.mu.Lock()
	bl.gaz, bl.matchers = nil, map[string]*place.Matcher{}
	bl.mu.Unlock()
}

// Build runs every stage and swaps the new site in place of opts.Dest; with opts.Cache it
// keeps a build cache and, with opts.Incremental, updates opts.Dest in place when it can.
func (bl *Builder) Build(ctx context.Context, opts Options) (*Result, error) {
	if opts.Cache {
		return bl.cachedBuild(ctx, opts)
	}
	start := time.Now()
	watch := &stopwatch{last: start}
	if opts.Now.IsZero() {
		opts.Now = time.Now()
	}
	var diags diag.List
	cfg, err := config.Load(opts.Source)
	if err != nil {
		diags = append(diags, diag.From(err)...)
		cfg = config.Default()
	}
	if opts.BaseURL != "" {
		cfg.BaseURL = config.NormaliseBaseURL(opts.BaseURL)
	}
	minify := opts.minifies(cfg)
	briefings, err := content.Load(opts.Source, content.Options{Drafts: opts.Drafts, Future: opts.Future, Now: opts.Now})
	diags = append(diags, diag.From(err)...)
	watch.lap("load")
	tmpl, err := render.Load(opts.Source, render.Funcs(cfg.BasePath(), cfg.BaseURL), bl.layoutOptions(minify)...)
	diags = append(diags, diag.From(err)...)
	watch.lap("layouts")
	if errs := diags.Errors(); len(errs) > 0 {
		diags.Sort()
		return nil, diags
	}

	ext, err := bl.annotator(cfg, opts.MatcherDir)
	if err != nil {
		return nil, err
	}
	md := markdown.New(markdown.Options{Unsafe: cfg.Markdown.Unsafe, Typographer: cfg.Markdown.Typographer, BasePath: cfg.BasePath()}, ext)
	watch.lap("gazetteer")
	var mf *output.Minifier
	if minify {
		mf = bl.minifier
	}
	inputs, _, warnings, err := convert(ctx, md, cfg, briefings, mf, nil, nil, !tmpl.ReadsMarkdown())
	if err != nil {
		return nil, err
	}
	watch.lap("markdown+annotate")
	model := site.New(cfg, inputs)
	watch.lap("site")

	tree, err := output.NewTree(opts.Dest, mf)
	if err != nil {
		return nil, err
	}
	stats, err := writeTree(tree, cfg.BaseURL, opts, model, watch, func(dst sink) error {
		if err := writeSite(ctx, dst, tmpl, model, opts, nil); err != nil {
			return err
		}
		if err := copyStatic(opts.Source, dst); err != nil {
			return err
		}
		return writeHostingFiles(dst, cfg)
	})
	if err != nil {
		return nil, err
	}
	warnings.Sort()
	return &Result{Site: model, Pages: len(model.Pages), Stats: stats, Warnings: warnings, Elapsed: time.Since(start), Stages: watch.stages}, nil
}

// writeTree fills a new tree with fill, checks its links when asked, and swaps it in place
// of the destination; on any problem the tree is abandoned and the destination left as it
// was.
func writeTree(tree *output.Tree, baseURL string, opts Options, model *site.Site, watch *stopwatch, fill func(sink) error) (output.Stats, error) {
	var checker *check.Checker
	if opts.CheckLinks {
		var err error
		if checker, err = check.New(check.Options{BaseURL: baseURL}); err != nil {
			tree.Abort()
			return output.Stats{}, err
		}
		tree.Observe(checker.AddFile)
	}
	if err := fill(tree); err != nil {
		tree.Abort()
		return output.Stats{}, err
	}
	watch.lap("render+write")
	if checker != nil {
		problems := checker.Problems()
		watch.lap("check")
		if len(problems) > 0 {
			tree.Abort()
			return output.Stats{}, linkDiagnostics(problems, model, opts.Source)
		}
	}
	stats, err := tree.Commit()
	if err != nil {
		return output.Stats{}, err
	}
	watch.lap("commit")
	return stats, nil
}

// minifies tells whether the build minifies: the --minify flag, else site.yaml.
func (o Options) minifies(cfg *config.Site) bool {
	if o.Minify != nil {
		return *o.Minify
	}
	return cfg.Minify
}

// layoutOptions minifies the HTML layouts themselves when the build minifies. Pages are then
// minified as they are rendered (the layouts' text is minified once, each body once), and
// are not minified again as a whole: the same tdewolff minifier, applied where it costs
// least.
func (bl *Builder) layoutOptions(minify bool) []render.Option {
	if !minify {
		return nil
	}
	return []render.Option{render.WithSourceFilter(bl.minifier.MinifyTemplate)}
}

// theatreCountries maps theatre names and aliases (slugified) to their countries.
func theatreCountries(cfg *config.Site) map[string][]string {
	m := map[string][]string{}
	for _, t := range cfg.Theatres {
		m[config.Slugify(t.Name)] = t.Countries
		m[t.Slug] = t.Countries
		for _, a := range t.Aliases {
			m[config.Slugify(a)] = t.Countries
		}
	}
	return m
}

// convert renders every briefing's markdown with annotations, in parallel.
// With mf set, each body is minified once here, so the pages that show it need not be.
// With sp set, each body is written to it and read back when its page is rendered
// (site.Input.Body), and spans gives where; otherwise spans is nil.
// Each briefing's figures are packed (site.NewFigures) as soon as it is converted; after, if
// set, sees each result first, with its figures still unpacked. With dropBodies, each
// briefing's markdown is let go once converted.
func convert(ctx context.Context, md *markdown.Renderer, cfg *config.Site, briefings []*content.Briefing, mf *output.Minifier, sp *spill,
	after func(i int, res *annotate.Result), dropBodies bool) (inputs []site.Input, spans []span, _ diag.List, _ error) {
	countries := theatreCountries(cfg)
	inputs = make([]site.Input, len(briefings))
	if sp != nil {
		spans = make([]span, len(briefings))
	}
	warnings := make([]diag.List, len(briefings))
	errs := make([]error, len(briefings))
	pool := sync.Pool{New: func() any { return new([2]bytes.Buffer) }} // rendered, minified
	parallel(len(briefings), func(i int) {
		if ctx.Err() != nil {
			errs[i] = ctx.Err()
			return
		}
		b := briefings[i]
		var cc, other []string
		for _, t := range b.Theatres {
			if c, ok := countries[config.Slugify(t)]; ok {
				cc = append(cc, c...)
			} else {
				other = append(other, t) // perhaps a country's name or code (see annotate.Document)
			}
		}
		pc := annotate.WithDocument(parser.NewContext(), annotate.Document{Countries: cc, Theatres: other, BodyLine: b.BodyLine})
		bufs := pool.Get().(*[2]bytes.Buffer)
		defer pool.Put(bufs)
		rendered, minified := &bufs[0], &bufs[1]
		rendered.Reset()
		if err := md.RenderTo(rendered, b.Body, pc); err != nil {
			errs[i] = fmt.Errorf("%s: %w", b.Path, err)
			return
		}
		html, out := rendered.Bytes(), rendered
		res := annotate.ResultOf(pc)
		for _, w := range res.Warnings {
			d := diag.Warnf(b.Path, w.Line, w.Col, "%s", w.Message)
			d.Length = w.Length
			warnings[i] = append(warnings[i], d)
		}
		words, lead := markdown.Summary(html, 200)
		if mf != nil {
			minified.Reset()
			if err := mf.MinifyFragmentTo(minified, html); err != nil {
				errs[i] = fmt.Errorf("%s: %w", b.Path, err)
				return
			}
			html, out = minified.Bytes(), minified
		}
		if after != nil {
			after(i, res)
		}
		inputs[i] = site.Input{Briefing: b, WordCount: words, Lead: lead, Annotations: res, Figures: site.NewFigures(res.Figures)}
		res.Figures = nil // the model keeps them packed
		if dropBodies {
			b.Body = nil // rendered; read again from the file only for a diagnostic
		}
		if sp != nil { // the packed figures go right after the body (the build cache reads them there)
			out.Write(inputs[i].Figures.Data()) // after html, in the same buffer: one write
			off, err := sp.put(out.Bytes())
			if err != nil {
				errs[i] = err
				return
			}
			spans[i], inputs[i].Body = span{off, len(html)}, sp.reader(off, len(html))
			return
		}
		inputs[i].HTML = bytes.Clone(html) // exact size, out of the reused buffers: the build keeps every body
	})
	if err := errors.Join(errs...); err != nil {
		return nil, nil, nil, err
	}
	var all diag.List
	for _, w := range warnings {
		all = append(all, w...)
	}
	return inputs, spans, all, nil
}

// writeSite renders every page into the tree, in parallel, and reports every template error.
// reuse, when not nil, may return the finished bytes of page i from an earlier build, which
// are then added as they are instead of rendering the page again; ok with nil bytes means
// the page is already in the sink.
func writeSite(ctx context.Context, tree sink, tmpl *render.Templates, s *site.Site, opts Options, reuse func(i int) ([]byte, bool)) error {
	errs := make([]error, len(s.Pages))
	pool := sync.Pool{New: func() any { return new(bytes.Buffer) }}
	order := renderOrder(s.Pages)
	parallelIO(len(s.Pages), func(k int) {
		i := order[k]
		if ctx.Err() != nil {
			errs[i] = ctx.Err()
			return
		}
		p := s.Pages[i]
		if reuse != nil {
			if data, ok := reuse(i); ok {
				if data != nil { // nil: the page is already in the sink (kept from the last build)
					errs[i] = tree.AddRaw(p.OutPath, data)
				}
				return
			}
		}
		data := &render.Data{Site: s, Page: p, Briefing: p.Briefing, Term: p.Term, Paginator: p.Paginator, LiveReload: opts.LiveReload}
		if st, ok := tree.(streamSink); ok {
			if write := tmpl.Streamer(data); write != nil {
				errs[i] = st.AddStream(p.OutPath, write)
				return
			}
		}
		if out, ok, err := tmpl.Encoded(data); ok {
			if errs[i] = err; err == nil {
				errs[i] = tree.AddRaw(p.OutPath, out)
			}
			return
		}
		buf := pool.Get().(*bytes.Buffer)
		buf.Reset()
		defer func() {
			// A buffer grown by one of the few large pages (the sitemap, the search index:
			// megabytes each) is let go rather than kept for pages a hundredth its size.
			if buf.Cap() <= maxPooledPage {
				pool.Put(buf)
			}
		}()
		if err := tmpl.Render(buf, data); err != nil {
			errs[i] = err
			return
		}
		if tmpl.Minified(p) { // minified as rendered
			data := buf.Bytes()
			if _, atOnce := tree.(interface{ WritesAtOnce() }); !atOnce {
				data = bytes.Clone(data) // the sink keeps it; buf goes back to the pool
			}
			errs[i] = tree.AddRaw(p.OutPath, data)
			return
		}
		errs[i] = tree.Add(p.OutPath, buf.Bytes())
	})
	var diags diag.List
	seen := map[string]bool{}
	for _, err := range errs {
		for _, d := range diag.From(err) {
			if key := d.Position() + d.Message; !seen[key] && len(seen) < 20 {
				seen[key] = true
				diags = append(diags, d)
			}
		}
	}
	if len(diags) > 0 {
		return diags
	}
	return nil
}

// renderOrder is the order in which writeSite takes the pages: the few made from every
// briefing of the site (annotations.json, the search index, the sitemap), which each take
// tenths of a second at ten thousand briefings, before the many short ones, so that no core
// is left alone with one of them at the end of the stage while the other has nothing left
// to do. The output does not depend on the order.
func renderOrder(pages []*site.Page) []int {
	order := make([]int, 0, len(pages))
	for i, p := range pages {
		if wholeSitePage(p.Kind) {
			order = append(order, i)
		}
	}
	for i, p := range pages {
		if !wholeSitePage(p.Kind) {
			order = append(order, i)
		}
	}
	return order
}

// wholeSitePage reports whether pages of the kind are made from every briefing of the site.
func wholeSitePage(kind string) bool {
	switch kind {
	case "annotations", "searchindex", "sitemap", "sitemapindex":
		return true
	}
	return false
}

// copyStatic adds every file under static/ to the tree.
func copyStatic(fsys fs.FS, tree sink) error {
	var files []string
	err := fs.WalkDir(fsys, StaticDir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == StaticDir && errors.Is(err, fs.ErrNotExist) {
				return fs.SkipAll
			}
			return err
		}
		if !d.IsDir() && !strings.HasPrefix(d.Name(), ".") {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("static: %w", err)
	}
	errs := make([]error, len(files))
	parallel(len(files), func(i int) {
		data, err := fs.ReadFile(fsys, files[i])
		if err != nil {
			errs[i] = fmt.Errorf("static: %w", err)
			return
		}
		rel := strings.TrimPrefix(files[i], StaticDir+"/")
		if tree.Has(rel) {
			errs[i] = &diag.Diagnostic{File: files[i], Message: "static file has the same path as a generated page: /" + rel}
			return
		}
		errs[i] = tree.Add(path.Clean(rel), data)
	})
	return errors.Join(errs...)
}

// writeHostingFiles writes what GitHub Pages reads: .nojekyll, so files and folders whose
// names start with an underscore are served, and CNAME when site.yaml names a custom domain.
// A file of the same name in static/ wins.
func writeHostingFiles(tree sink, cfg *config.Site) error {
	if !tree.Has(".nojekyll") {
		if err := tree.AddRaw(".nojekyll", nil); err != nil {
			return err
		}
	}
	if cfg.CNAME != "" && !tree.Has("CNAME") {
		return tree.AddRaw("CNAME", []byte(cfg.CNAME+"\n"))
	}
	return nil
}

// sink is where a build puts its files: an output.Tree on disk, or a site in memory.
type sink interface {
	Add(p string, data []byte) error    // minified by p's extension when minification is on
	AddRaw(p string, data []byte) error // as it is
	Has(p string) bool
}

// maxPooledPage is the capacity above which writeSite does not keep a page's buffer for the
// next page.
const maxPooledPage = 256 << 10

// streamSink is a sink that can write a file as it is produced (output.Tree).
type streamSink interface {
	AddStream(p string, write func(w io.Writer) error) error
}

// parallel runs f(0..n-1) on a bounded pool of goroutines, one per core.
func parallel(n int, f func(i int)) { parallelN(runtime.GOMAXPROCS(0), n, f) }

// parallelIO is parallel for work that ends in system calls (rendering and writing pages):
// more goroutines than cores, so that while some wait for the file system, others render.
func parallelIO(n int, f func(i int)) { parallelN(4*runtime.GOMAXPROCS(0), n, f) }

func parallelN(workers, n int, f func(i int)) {
	workers = min(workers, n)
	if workers <= 1 {
		for i := 0; i < n; i++ {
			f(i)
		}
		return
	}
	var wg sync.WaitGroup
	var mu sync.Mutex
	next := 0
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				mu.Lock()
				i := next
				next++
				mu.Unlock()
				if i >= n {
					return
				}
				f(i)
			}
		}()
	}
	wg.Wait()
}

// DirFS is the file system of the folder dir: os.DirFS, with whole-file reads in fewer
// system calls (package rawfile).
func DirFS(dir string) fs.FS { return rawfile.DirFS(dir) }
