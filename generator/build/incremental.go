package build

import (
	"bytes"
	"context"
	"errors"
	"io/fs"
	"path"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/sitrep-archive/sitrep/generator/annotate"
	"github.com/sitrep-archive/sitrep/generator/config"
	"github.com/sitrep-archive/sitrep/generator/content"
	"github.com/sitrep-archive/sitrep/generator/diag"
	"github.com/sitrep-archive/sitrep/generator/markdown"
	"github.com/sitrep-archive/sitrep/generator/output"
	"github.com/sitrep-archive/sitrep/generator/render"
	"github.com/sitrep-archive/sitrep/generator/site"
)

// Session keeps one site built in memory (output path → bytes) and rebuilds it after edits,
// redoing only what the edits affect:
//
//   - a briefing file is read, parsed and rendered (markdown and annotations) again only when
//     its bytes changed; the cache is keyed by path and content hash;
//   - the model (site.New) is made again (about 70 ms at 10,000 briefings), unless the edits
//     changed only the text of briefings, which are then updated in place and only the pages
//     that read them are signed again (revise.go);
//   - a page is rendered again only when its signature changed: a hash of everything the
//     page's layouts can show (its briefing, the summaries of the briefings it lists, its
//     terms, what it reads of .Site, the layouts, site.yaml), see signature.go; the parts of
//     a briefing's keys that depend on its file alone are kept with the file;
//   - a change to site.yaml or to a layout changes every signature, so everything is rendered.
//
// The files a Session holds are byte for byte those a full Build of the same files with the
// same options writes. A Session never writes to disk. Its methods are safe for concurrent
// use; rebuilds run one at a time.
type Session struct {
	bl   *Builder
	opts Options

	mu    sync.Mutex
	built bool

	cfgSum   uint64
	cfg      *config.Site
	cfgDiags diag.List
	md       *markdown.Renderer // for cfgSum

	layoutSum  uint64
	layoutText map[string]string // layouts/ file name → text
	tmpl       *render.Templates
	tmplDiags  diag.List
	deps       map[string]deps // page kind → what its layouts read
	// itemLevel is the key list items of tmpl are kept by across models (shareItems).
	itemTmpl  *render.Templates
	itemLevel itemLevel

	docs map[string]*doc // content path → cached briefing
	// pages are the signature and finished bytes of each page of the last model, in its
	// order, and pagePaths their output paths.
	pages     []pageEntry
	pagePaths []string
	minify    map[minKey][]byte
	files     map[string][]byte
	result    *Result
	last      *revision // what the last rebuild made, when it succeeded (for revise)
	spill     *spill    // where converted bodies go, when set (cachedBuild)
	// rebuilds is set for a session rebuilt after edits (NewSession), not for one build
	// from the build cache.
	rebuilds bool
	// snapDir holds the place matcher's snapshot (matchers.go); "" for none.
	snapDir string
}

// doc is one briefing file as last read.
type doc struct {
	sum   uint64
	stamp stamp // size and modification time when read (build cache only)
	// bodyOff is where the rendered body is in the build cache's bodies file; -1 when it
	// is not there (build cache only).
	bodyOff int64
	// spill is where the rendered body is in the session's spill file (one full build from
	// the command line); its offset is -1 when the bytes are in in.HTML.
	spill span
	b     *content.Briefing
	diags diag.List
	// in and warnings are the rendered briefing, for the configuration convSum.
	in       *site.Input
	warnings diag.List
	convSum  uint64
	// figSum and placeSum hash the briefing's figures and place mentions (for signatures).
	figSum, placeSum uint64
	placeFigs        []uint64 // per place mention: the figures of the blocks naming it
	keys             *docKeys // set by the first signing after a conversion
}

type pageEntry struct {
	sig  uint64
	data []byte
}

// Update is what one rebuild changed.
type Update struct {
	Result  *Result
	Files   map[string][]byte // the whole site; not to be modified
	Changed []string          // output paths added or changed, sorted
	Removed []string          // output paths no longer produced, sorted
	// Rendered is the number of pages rendered by this rebuild (the others were reused).
	Rendered int
	// Revised is set when the rebuild took the short way: the edits changed only the text of
	// briefings, and the model was updated in place (see revise.go).
	Revised bool
	// rendered are the output paths of the pages rendered (for tests; not set by revise).
	rendered []string
}

// NewSession returns a session building opts.Source with opts (Dest is not used).
func (bl *Builder) NewSession(opts Options) *Session {
	return &Session{bl: bl, opts: opts, docs: map[string]*doc{}, rebuilds: true, snapDir: opts.MatcherDir}
}

// Files returns the site of the last successful rebuild (nil before one).
func (s *Session) Files() map[string][]byte {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.files
}

// Rebuild brings the site up to date with the source folder. changed lists the paths
// (relative to the site folder, with slashes) that changed since the last rebuild; nil means
// anything may have changed. A path that is a folder, or was one, makes the folder be
// listed again. On error (a diag.List with every problem) the site of the last good rebuild
// is kept.
func (s *Session) Rebuild(ctx context.Context, changed []string) (*Update, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	start := time.Now()
	opts := s.opts
	if opts.Now.IsZero() {
		opts.Now = start
	}
	fsys := opts.Source
	last := s.last
	s.last = nil // kept again when this rebuild succeeds
	ch, err := s.refresh(fsys, changed, nil)
	if err != nil {
		return nil, err
	}
	if up, ok, err := s.revise(ctx, opts, last, ch, start); ok || err != nil {
		return up, err
	}
	pr, err := s.prepare(ctx, opts, true)
	if err != nil {
		return nil, err
	}
	cfg, model, sigs, warnings := s.cfg, pr.model, pr.sigs, pr.warnings
	minify := opts.minifies(cfg)
	mf := s.bl.minifier
	if !minify {
		mf = nil
	}
	sink := newMemSink(mf, s.minify)
	sink.files = make(map[string][]byte, len(s.files)) // about as many files as last time
	s.shareItems(model, pr.signer)
	lastPage := s.lastPages(model)
	kept := make([]bool, len(model.Pages)) // pages whose bytes are the last model's
	reuse := func(i int) ([]byte, bool) {
		if e, ok := lastPage(i); ok && e.sig == sigs[i] {
			kept[i] = true
			return e.data, true
		}
		return nil, false
	}
	if err := writeSite(ctx, sink, s.tmpl, model, opts, reuse); err != nil {
		return nil, err
	}
	if err := copyStatic(fsys, sink); err != nil {
		return nil, err
	}
	if err := writeHostingFiles(sink, cfg); err != nil {
		return nil, err
	}

	pages := make([]pageEntry, len(model.Pages))
	paths := make([]string, len(model.Pages))
	for i, p := range model.Pages {
		paths[i] = p.OutPath
		if kept[i] { // the sink holds the bytes reuse gave it
			e, _ := lastPage(i)
			pages[i] = e
			continue
		}
		pages[i] = pageEntry{sig: sigs[i], data: sink.files[path.Clean(p.OutPath)]}
	}
	up := &Update{Files: sink.files}
	for i, k := range kept {
		if !k {
			up.Rendered++
			up.rendered = append(up.rendered, model.Pages[i].OutPath)
		}
	}
	had := 0 // files of the new site that the last one had
	for p, data := range sink.files {
		old, ok := s.files[p]
		if ok {
			had++
		}
		if !ok || !sameBytes(old, data) {
			up.Changed = append(up.Changed, p)
		}
	}
	if had < len(s.files) { // else every file of the last site is still there
		for p := range s.files {
			if _, ok := sink.files[p]; !ok {
				up.Removed = append(up.Removed, p)
			}
		}
	}
	sort.Strings(up.Changed)
	sort.Strings(up.Removed)
	var bytes int64
	for _, data := range sink.files {
		bytes += int64(len(data))
	}
	warnings.Sort()
	res := &Result{Site: model, Pages: len(model.Pages), Warnings: warnings, Elapsed: time.Since(start)}
	res.Stats.Files = len(sink.files)
	res.Stats.Bytes = bytes
	up.Result = res
	s.pages, s.pagePaths, s.minify, s.files, s.result, s.built = pages, paths, sink.minified, sink.files, res, true
	s.last = newRevision(model, pr, s.docs, opts)
	return up, nil
}

// lastPages returns what the last model had of each page of model (by output path): when
// its pages are the last model's in the same order, as after most edits, by index.
func (s *Session) lastPages(model *site.Site) func(i int) (pageEntry, bool) {
	same := len(model.Pages) == len(s.pagePaths)
	for i := 0; same && i < len(model.Pages); i++ {
		same = model.Pages[i].OutPath == s.pagePaths[i]
	}
	if same {
		return func(i int) (pageEntry, bool) { return s.pages[i], true }
	}
	at := make(map[string]int, len(s.pagePaths))
	for i, p := range s.pagePaths {
		at[p] = i
	}
	return func(i int) (pageEntry, bool) {
		j, ok := at[model.Pages[i].OutPath]
		if !ok {
			return pageEntry{}, false
		}
		return s.pages[j], true
	}
}

// refresh brings the session's configuration, layouts and briefing files up to date with
// fsys. changed lists the paths that changed (nil: anything may have). With stamps (the
// size and modification time of each file as last read, from the build cache), every
// briefing file is looked at, and read again only when its stamp differs.
func (s *Session) refresh(fsys fs.FS, changed []string, stamps map[string]stamp) (changes, error) {
	all := changed == nil || !s.built
	var reread []string
	cfgChanged, layoutsChanged, rescan := all, all, all
	other := all || stamps != nil
	for _, p := range changed {
		p = path.Clean(strings.TrimPrefix(p, "./"))
		switch {
		case p == config.FileName:
			cfgChanged = true
		case p == render.Dir || strings.HasPrefix(p, render.Dir+"/"):
			layoutsChanged = true
		case p == content.Dir:
			rescan = true
		case strings.HasPrefix(p, content.Dir+"/"):
			if st, err := fs.Stat(fsys, p); (err == nil && st.IsDir()) || (err != nil && s.isFolder(p)) || (err != nil && !errors.Is(err, fs.ErrNotExist)) {
				rescan = true
			} else if strings.HasSuffix(p, ".md") {
				reread = append(reread, p)
			}
		case p == "." || p == "":
			cfgChanged, layoutsChanged, rescan = true, true, true
		default:
			other = true // static/, or anything else a full rebuild looks at
		}
	}
	ch := changes{other: other || cfgChanged || layoutsChanged || rescan, reread: reread}
	for _, p := range reread {
		ch.before = append(ch.before, s.docs[p])
	}
	if cfgChanged {
		s.loadConfig(fsys)
	}
	if cfgChanged || layoutsChanged {
		s.loadLayouts(fsys)
	}
	if stamps != nil {
		return ch, s.statContent(fsys, stamps)
	}
	return ch, s.loadContent(fsys, rescan, all, reread)
}

// changes is what refresh found changed.
type changes struct {
	// other is set when site.yaml, a layout, a folder of content/ or a file outside content/
	// changed, or when anything may have: the whole site is made again.
	other bool
	// reread are the briefing files read again, and before the docs they had before (nil
	// for a file not read before).
	reread []string
	before []*doc
}

// prepared is a model ready to be rendered, with the signature of each of its pages.
type prepared struct {
	model    *site.Site
	sigs     []uint64
	signer   *signer
	warnings diag.List
}

// prepare converts the briefings not converted yet, makes the model and signs its pages;
// with record, the signer keeps what each page read (for revise).
func (s *Session) prepare(ctx context.Context, opts Options, record bool) (*prepared, error) {
	var diags diag.List
	diags = append(diags, s.cfgDiags...)
	briefings, cdiags := s.select_(opts.Source, opts)
	diags = append(diags, cdiags...)
	diags = append(diags, s.tmplDiags...)
	if errs := diags.Errors(); len(errs) > 0 {
		errs.Sort()
		return nil, errs
	}
	inputs, warnings, err := s.convert(ctx, briefings)
	if err != nil {
		return nil, err
	}
	if s.bl.once {
		// The model and everything after it need no matcher: letting it go now keeps it out
		// of the heap's peak, which comes while the model is made.
		s.md = nil
		s.bl.release()
	}
	model := site.New(s.cfg, inputs)
	sigs, sg := s.signatures(model, opts.minifies(s.cfg), record)
	return &prepared{model: model, sigs: sigs, signer: sg, warnings: warnings}, nil
}

func sameBytes(a, b []byte) bool {
	if len(a) != len(b) {
		return false
	}
	if len(a) == 0 || &a[0] == &b[0] {
		return true
	}
	return bytes.Equal(a, b)
}

// isFolder reports whether p held briefings at the last rebuild.
func (s *Session) isFolder(p string) bool {
	for q := range s.docs {
		if strings.HasPrefix(q, p+"/") {
			return true
		}
	}
	return false
}

func (s *Session) loadConfig(fsys fs.FS) {
	data, _ := fs.ReadFile(fsys, config.FileName)
	h := sum(data) ^ sum([]byte(s.opts.BaseURL))
	if s.cfg != nil && h == s.cfgSum && s.cfgDiags == nil {
		return
	}
	cfg, err := config.Load(fsys)
	s.cfgDiags = diag.From(err)
	if err != nil {
		cfg = config.Default()
	}
	if s.opts.BaseURL != "" {
		cfg.BaseURL = config.NormaliseBaseURL(s.opts.BaseURL)
	}
	s.cfg, s.cfgSum, s.md = cfg, h, nil
	s.layoutSum = 0 // the layouts' functions depend on the base URL
}

func (s *Session) loadLayouts(fsys fs.FS) {
	text := map[string]string{}
	var names []string
	fs.WalkDir(fsys, render.Dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return nil
		}
		data, err := fs.ReadFile(fsys, p)
		if err == nil {
			name := strings.TrimPrefix(p, render.Dir+"/")
			text[name] = string(data)
			names = append(names, name)
		}
		return nil
	})
	sort.Strings(names)
	var h hash64
	for _, n := range names {
		h.WriteString(n)
		h.WriteByte(0)
		h.WriteString(text[n])
		h.WriteByte(0)
	}
	if s.opts.minifies(s.cfg) {
		h.WriteString("minified")
	}
	lsum := h.Sum64() | 1
	if lsum == s.layoutSum {
		return
	}
	lopts := s.bl.layoutOptions(s.opts.minifies(s.cfg))
	if s.rebuilds {
		lopts = append(lopts, render.ForRebuilds())
	}
	tmpl, err := render.Load(fsys, render.Funcs(s.cfg.BasePath(), s.cfg.BaseURL), lopts...)
	s.tmpl, s.tmplDiags = tmpl, diag.From(err)
	s.layoutSum, s.layoutText = lsum, text
	s.deps = kindDeps(text)
	s.readItemPartial()
}

// loadContent reads the briefing files that changed; with rescan, content/ is listed again
// and files not seen before are read too; with all, every file is read (and parsed again
// when its bytes changed).
func (s *Session) loadContent(fsys fs.FS, rescan, all bool, reread []string) error {
	todo := map[string]bool{}
	for _, p := range reread {
		todo[p] = true
	}
	if rescan {
		paths, err := content.List(fsys)
		if err != nil {
			return err
		}
		if s.opts.ContentListed != nil {
			s.opts.ContentListed(len(paths))
		}
		keep := make(map[string]bool, len(paths))
		for _, p := range paths {
			keep[p] = true
			if s.docs[p] == nil || all {
				todo[p] = true
			}
		}
		for p := range s.docs {
			if !keep[p] {
				delete(s.docs, p)
			}
		}
	}
	list := make([]string, 0, len(todo))
	for p := range todo {
		list = append(list, p)
	}
	read := make([]*doc, len(list))
	parallel(len(list), func(i int) {
		p := list[i]
		if !listed(p) {
			return
		}
		data, err := fs.ReadFile(fsys, p)
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				return
			}
			read[i] = &doc{diags: diag.List{diag.Errorf(p, 0, 0, "cannot read: %v", err)}}
			return
		}
		h := sum(data)
		if old := s.docs[p]; old != nil && old.sum == h {
			read[i] = old
			return
		}
		b, diags := content.Parse(p, data)
		read[i] = &doc{sum: h, b: b, diags: diags}
	})
	for i, p := range list {
		if read[i] == nil {
			delete(s.docs, p)
		} else {
			s.docs[p] = read[i]
		}
	}
	return nil
}

// listed reports whether content.List would list p: a .md file not below a folder whose
// name starts with "." or "_", and not itself hidden.
func listed(p string) bool {
	parts := strings.Split(p, "/")
	for i, part := range parts {
		if i == 0 {
			continue
		}
		if i == len(parts)-1 {
			return strings.HasSuffix(part, ".md") && !strings.HasPrefix(part, ".")
		}
		if strings.HasPrefix(part, ".") || strings.HasPrefix(part, "_") {
			return false
		}
	}
	return false
}

// select_ returns the briefings the build keeps, newest first, as content.Load does, with
// the problems of every file.
func (s *Session) select_(fsys fs.FS, opts Options) ([]*content.Briefing, diag.List) {
	var diags diag.List
	var out []*content.Briefing
	paths := make([]string, 0, len(s.docs))
	for p := range s.docs {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	for _, p := range paths {
		d := s.docs[p]
		diags = append(diags, d.diags...)
		if d.b == nil || len(d.diags.Errors()) > 0 {
			continue
		}
		if (content.Options{Drafts: opts.Drafts, Future: opts.Future, Now: opts.Now}).Keeps(d.b) {
			out = append(out, d.b)
		}
	}
	diags = append(diags, content.CheckURLs(out)...)
	content.Sort(out)
	return out, diags
}

// convert returns the rendered briefings, rendering only those not rendered before with
// the same configuration.
func (s *Session) convert(ctx context.Context, briefings []*content.Briefing) ([]site.Input, diag.List, error) {
	var todo []*content.Briefing
	var docs []*doc
	for _, b := range briefings {
		d := s.docs[b.Path]
		if d.in == nil || d.convSum != s.cfgSum {
			todo = append(todo, b)
			docs = append(docs, d)
		}
	}
	if len(todo) > 0 && s.md == nil { // the gazetteer is loaded only when something is converted
		ext, err := s.bl.annotator(s.cfg, s.snapDir)
		if err != nil {
			return nil, nil, err
		}
		s.md = markdown.New(markdown.Options{Unsafe: s.cfg.Markdown.Unsafe, Typographer: s.cfg.Markdown.Typographer, BasePath: s.cfg.BasePath()}, ext)
	}
	if len(todo) > 0 {
		var mf *output.Minifier
		if s.opts.minifies(s.cfg) {
			mf = s.bl.minifier
		}
		sums := func(i int, res *annotate.Result) { // while the figures are unpacked
			d := docs[i]
			d.figSum, d.placeSum, d.placeFigs = annotationSums(res)
		}
		// One build (not a dev server's): each briefing's markdown is let go once converted,
		// unless a layout prints it.
		drop := !s.rebuilds && (s.tmpl == nil || !s.tmpl.ReadsMarkdown())
		inputs, spans, warnings, err := convert(ctx, s.md, s.cfg, todo, mf, s.spill, sums, drop)
		if err != nil {
			return nil, nil, err
		}
		byFile := map[string]diag.List{}
		for _, w := range warnings {
			byFile[w.File] = append(byFile[w.File], w)
		}
		for i, d := range docs {
			in := inputs[i]
			d.in, d.warnings, d.convSum = &in, byFile[d.b.Path], s.cfgSum
			d.keys, d.bodyOff, d.spill = nil, -1, span{-1, 0}
			if spans != nil {
				d.spill = spans[i]
			}
		}
	}
	inputs := make([]site.Input, len(briefings))
	var warnings diag.List
	for i, b := range briefings {
		d := s.docs[b.Path]
		inputs[i] = *d.in
		warnings = append(warnings, d.warnings...)
	}
	return inputs, warnings, nil
}
