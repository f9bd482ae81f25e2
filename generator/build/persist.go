package build

import (
	"bufio"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"sync"
	"time"

	"github.com/sitrep-archive/sitrep/generator/annotate"
	"github.com/sitrep-archive/sitrep/generator/content"
	"github.com/sitrep-archive/sitrep/generator/diag"
	"github.com/sitrep-archive/sitrep/generator/output"
	"github.com/sitrep-archive/sitrep/generator/site"
)

// The build cache keeps, beside the destination (".public.cache" beside "public"), what a
// Session keeps in memory between rebuilds, so that the next `sitrep build` redoes only
// what changed: per briefing file its size, modification time and content hash, its parsed
// frontmatter, rendered body and annotations; per output page its signature. It also
// records what makes all of that valid: the cache format, the program that wrote it, the
// options, the hashes of site.yaml and of the layouts, and the hash of the manifest the
// build left beside the destination. Anything that does not match makes the next build a
// full one; a cache that cannot be read is ignored, never an error.

// cacheFormat changes whenever the cache's layout or meaning changes.
const cacheFormat = 11

// CacheDir is the build cache folder for dest ("public" → ".public.cache", beside it).
func CacheDir(dest string) string {
	dest = filepath.Clean(dest)
	return filepath.Join(filepath.Dir(dest), "."+filepath.Base(dest)+".cache")
}

// The cache folder holds:
//
//	state      the header (format, program, options, sums) and every page's signature
//	docs-NN    the briefings whose paths hash to shard NN, without their bodies (shardcodec.go)
//	bodies     the rendered bodies, one after another, each followed by the briefing's packed
//	           figures (site.Figures.Data); a shard names each by offset and lengths. It is
//	           only appended to by incremental builds (the bodies of changed briefings) and
//	           written again when more than half of it is no longer used.
//	annotations where each briefing's part of annotations.json is (annotations.go)
//	items      the list items, by key (items.go)
//	matcher-*  place matcher snapshots, when Options.MatcherDir does not name another folder
//	           (matchers.go)
//
// A build that changed one briefing writes its shard, appends its body and writes the
// header; the rest stays as it is. The bodies file is mapped into memory, so only the bodies
// of pages rendered again are ever read.
const (
	cacheFileName = "state"
	bodiesName    = "bodies"
	spillName     = "bodies.spill" // the bodies of the build under way (spill.go)
	shardCount    = 16
)

// racyWindow is how recent a file's modification time must be for its stamp not to be
// trusted by the next build.
const racyWindow = 3 * time.Second

// stamp is what a stat of a file tells cheaply: when it differs, the file is read again.
type stamp struct{ Size, MTime int64 }

type cacheFile struct {
	Format    int
	Program   string // the executable that wrote the cache (path, size, modification time)
	Options   string
	CfgSum    uint64
	LayoutSum uint64
	Manifest  uint64            // hash of the manifest file the build wrote
	Pages     map[string]uint64 // output path → signature
	// Stamps are the briefing files' stamps, kept here rather than with the briefings so
	// that a file read again with the same bytes does not make its docs file be rewritten.
	Stamps    map[string]stamp
	Shards    [shardCount]uint64 // key of each docs file (shardKey)
	Bodies    int64              // bytes of the bodies file in use by the shards
	BodiesLen int64              // length of the bodies file

	docs   []cachedDoc
	bodies []byte // the bodies file, mapped
	unmap  func()
}

type cachedDoc struct {
	Path        string
	Sum         uint64
	ConvSum     uint64
	Briefing    *content.Briefing
	Diags       diag.List // warnings only: a file with errors is not cached
	BodyOff     int64
	BodyLen     int
	WordCount   int
	Lead        string
	Annotations cachedAnnotations // without its figures: they are in the bodies file, packed
	FigLen      int               // length of the packed figures, at BodyOff+BodyLen
	FigCRC      uint32            // their CRC-32C: checked, the figures are read only as needed
	// Figs is a copy of the packed figures: restoring reads them from here, with the rest of
	// the shard, rather than from the mapped bodies file, where reading every briefing's
	// figures would fault in most of the file's pages (and their neighbours) to copy a fifth
	// of it.
	Figs     []byte
	Warnings diag.List
	// FigSum, PlaceSum and PlaceFigs are annotationSums of Annotations, kept because they
	// cost more to compute than to read.
	FigSum, PlaceSum uint64
	PlaceFigs        []uint64
}

// program identifies the running executable by its bytes (their length and two CRC-32s) and
// the Go version: a rebuilt binary invalidates the cache and the matcher snapshots, the same
// binary run from another path (`go run` links it into a new temporary folder each time)
// does not. Reading a binary of some 20 MB takes a few milliseconds, once per process.
var program = sync.OnceValue(func() string {
	exe, err := os.Executable()
	if err != nil {
		return ""
	}
	f, err := os.Open(exe)
	if err != nil {
		return ""
	}
	defer f.Close()
	c, i := crc32.New(castagnoliTable), crc32.NewIEEE()
	n, err := io.Copy(io.MultiWriter(c, i), f)
	if err != nil {
		return ""
	}
	return fmt.Sprintf("%d|%08x%08x|%s", n, c.Sum32(), i.Sum32(), runtime.Version())
})

// optionsKey is what of the options changes the output.
func optionsKey(o Options) string {
	m := "site"
	if o.Minify != nil {
		m = fmt.Sprint(*o.Minify)
	}
	return fmt.Sprintf("base=%q drafts=%v future=%v minify=%s live=%v", o.BaseURL, o.Drafts, o.Future, m, o.LiveReload)
}

func manifestSum(dest string) (uint64, bool) {
	data, err := os.ReadFile(output.ManifestName(dest))
	if err != nil {
		return 0, false
	}
	return sum(data), true
}

func shardOf(p string) int { return int(sum([]byte(p)) % shardCount) }

func shardName(i int) string { return fmt.Sprintf("docs-%02d", i) }

// shardKey identifies the content of a docs file: the files and conversions it holds and
// where their bodies are (not the files' stamps, which are in the state file).
func shardKey(docs []cachedDoc) uint64 {
	h := newHasher()
	for i := range docs {
		d := &docs[i]
		h.str(d.Path)
		h.num(d.Sum)
		h.num(d.ConvSum)
		h.num(uint64(d.BodyOff))
		h.int(d.BodyLen)
		h.int(d.FigLen)
	}
	return h.Sum64() | 1
}

// loadCache reads the cache for opts; nil when there is none or it does not apply.
func loadCache(opts Options) *cacheFile {
	dir := CacheDir(opts.Dest)
	var cf cacheFile
	if err := readState(filepath.Join(dir, cacheFileName), &cf); err != nil {
		return nil
	}
	if cf.Format != cacheFormat || program() == "" || cf.Program != program() || cf.Options != optionsKey(opts) {
		return nil
	}
	if st, err := os.Stat(opts.Dest); err != nil || !st.IsDir() {
		return nil
	}
	if m, ok := manifestSum(opts.Dest); !ok || m != cf.Manifest {
		return nil
	}
	bodies, unmap, err := mapFile(filepath.Join(dir, bodiesName))
	if err != nil || int64(len(bodies)) < cf.BodiesLen {
		return nil
	}
	cf.bodies, cf.unmap = bodies, unmap
	shards := make([][]cachedDoc, shardCount)
	errs := make([]error, shardCount)
	parallel(shardCount, func(i int) {
		shards[i], errs[i] = readShard(filepath.Join(dir, shardName(i)))
		if errs[i] == nil && shardKey(shards[i]) != cf.Shards[i] {
			errs[i] = errors.New("shard does not match")
		}
	})
	if errors.Join(errs...) != nil {
		unmap()
		return nil
	}
	for _, sh := range shards {
		for _, d := range sh {
			if d.BodyOff < 0 || d.BodyLen < 0 || d.FigLen < 0 || d.BodyOff+int64(d.BodyLen)+int64(d.FigLen) > cf.BodiesLen {
				unmap()
				return nil
			}
			cf.docs = append(cf.docs, d)
		}
	}
	return &cf
}

// restore fills an empty session with the briefings of the cache and returns their stamps.
func (s *Session) restore(cf *cacheFile) map[string]stamp {
	// The figures are unpacked on every core; the maps are filled after. The packed figures
	// come with the shards (cachedDoc.Figs), not from the mapped bodies file, whose pages are
	// read only for the pages rendered again.
	docs := make([]*doc, len(cf.docs))
	parallel(len(cf.docs), func(i int) {
		c := &cf.docs[i]
		if c.Briefing == nil {
			return
		}
		html := cf.bodies[c.BodyOff : c.BodyOff+int64(c.BodyLen) : c.BodyOff+int64(c.BodyLen)]
		in := &site.Input{Briefing: c.Briefing, HTML: html, WordCount: c.WordCount, Lead: c.Lead, Annotations: c.Annotations.Result}
		if in.Annotations == nil {
			in.Annotations = &annotate.Result{}
		}
		data := c.Figs[:len(c.Figs):len(c.Figs)]
		if len(data) != c.FigLen {
			return // converted again, from its file
		}
		if crc32.Checksum(data, castagnoliTable) != c.FigCRC {
			return // converted again, from its file
		}
		figs, err := site.TrustedFigures(data)
		if err != nil {
			return // converted again, from its file
		}
		in.Figures = figs
		st, ok := cf.Stamps[c.Path]
		if !ok {
			st.MTime = -1
		}
		d := &doc{sum: c.Sum, stamp: st, b: c.Briefing, diags: c.Diags, in: in, warnings: c.Warnings, convSum: c.ConvSum, bodyOff: c.BodyOff}
		d.figSum, d.placeSum, d.placeFigs = c.FigSum, c.PlaceSum, c.PlaceFigs
		if len(d.placeFigs) != len(in.Annotations.Places) {
			a := *in.Annotations
			a.Figures = figs.All()
			d.figSum, d.placeSum, d.placeFigs = annotationSums(&a)
		}
		docs[i] = d
	})
	stamps := make(map[string]stamp, len(cf.docs))
	for i, d := range docs {
		if d != nil {
			p := cf.docs[i].Path
			s.docs[p] = d
			stamps[p] = d.stamp
		}
	}
	return stamps
}

// stagedCache is a build cache written while the pages are rendered: the briefings and the
// pages' signatures go to temporary files, which commit puts in place once the destination
// holds the build, and abort removes when the build fails. The cache the build started from
// stays valid until commit.
type stagedCache struct {
	done    chan struct{} // closed when staging ends
	err     error
	dir     string
	cf      cacheFile
	adopt   bool        // the spill file becomes the bodies file
	renames [][2]string // temporary file → its name, at commit
}

// stageCache starts writing the session's briefings and the pages' signatures; old is the
// cache the build started from (nil: none), whose files are kept where nothing changed.
// Nothing of the session or the model may change until commit or abort.
func (s *Session) stageCache(opts Options, old *cacheFile, model *site.Site, sigs []uint64) *stagedCache {
	st := &stagedCache{done: make(chan struct{}), dir: CacheDir(opts.Dest)}
	go func() {
		defer close(st.done)
		st.err = s.stage(st, opts, old, model, sigs)
	}()
	return st
}

// commit waits for the staged files and puts them in place, with the destination's manifest.
// On failure the cache is removed, so the next build is a full one.
func (st *stagedCache) commit(s *Session, dest string) error {
	<-st.done
	name := filepath.Join(st.dir, cacheFileName)
	if err := os.Remove(name); err != nil && !errors.Is(err, fs.ErrNotExist) {
		st.clean()
		return err
	}
	m, ok := manifestSum(dest)
	if st.err != nil || !ok {
		st.clean()
		return st.err
	}
	st.cf.Manifest = m
	if st.adopt {
		if err := os.Rename(s.spill.path, filepath.Join(st.dir, bodiesName)); err != nil {
			st.clean()
			return err
		}
		s.spill.path = "" // adopted: not to be removed
	}
	for _, r := range st.renames {
		if err := os.Rename(r[0], r[1]); err != nil {
			st.clean()
			return err
		}
	}
	return writeState(name, &st.cf)
}

// abort waits for staging to end and removes what it wrote.
func (st *stagedCache) abort() {
	<-st.done
	st.clean()
}

func (st *stagedCache) clean() {
	for _, r := range st.renames {
		os.Remove(r[0])
	}
}

// stage writes the bodies and the shards of the cache to temporary files.
func (s *Session) stage(st *stagedCache, opts Options, old *cacheFile, model *site.Site, sigs []uint64) error {
	dir := st.dir
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	cf := cacheFile{Format: cacheFormat, Program: program(), Options: optionsKey(opts), CfgSum: s.cfgSum, LayoutSum: s.layoutSum,
		Pages: make(map[string]uint64, len(model.Pages)), Stamps: make(map[string]stamp, len(s.docs))}
	for i, p := range model.Pages {
		cf.Pages[p.OutPath] = sigs[i]
	}
	paths := make([]string, 0, len(s.docs))
	var live, fresh int64
	spilled := 0
	for p, d := range s.docs {
		if d.b != nil && d.in != nil && d.convSum == s.cfgSum && len(d.diags.Errors()) == 0 {
			paths = append(paths, p)
			if d.bodyOff >= 0 {
				live += int64(d.bodyLen() + len(d.in.Figures.Data()))
			} else {
				fresh += int64(d.bodyLen() + len(d.in.Figures.Data()))
			}
			if d.spilled() {
				spilled++
			}
		}
	}
	sort.Strings(paths)
	shards := make([][]cachedDoc, shardCount)
	if old == nil && spilled == len(paths) && s.spill != nil {
		// Every body is in the spill file, and only they: it becomes the bodies file.
		for _, p := range paths {
			d := s.docs[p]
			i := shardOf(p)
			cf.Stamps[p] = d.stamp
			shards[i] = append(shards[i], cachedDocOf(p, d, d.spill.off))
		}
		st.adopt = true
		cf.BodiesLen, cf.Bodies = s.spill.size.Load(), live+fresh
		st.cf = cf
		return stageShards(st, nil, shards)
	}

	// The bodies: appended to (past what the old cache uses, which stays valid), or written
	// again when most of the file would be unused.
	bodiesPath := filepath.Join(dir, bodiesName)
	appendTo := old != nil && old.BodiesLen > 0 && 2*(live+fresh) >= old.BodiesLen+fresh
	var f *os.File
	var err error
	var off int64
	if appendTo {
		f, err = os.OpenFile(bodiesPath, os.O_WRONLY, 0)
		if err == nil {
			_, err = f.Seek(old.BodiesLen, 0) // past anything a failed build may have left
		}
		off = old.BodiesLen
	} else {
		f, err = os.Create(bodiesPath + ".tmp")
		st.renames = append(st.renames, [2]string{bodiesPath + ".tmp", bodiesPath})
	}
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(f, 1<<20)
	for _, p := range paths {
		d := s.docs[p]
		bodyOff := d.bodyOff
		if !appendTo || bodyOff < 0 {
			html, err := d.html()
			figs := d.in.Figures.Data()
			if err == nil {
				_, err = w.Write(html)
			}
			if err == nil {
				_, err = w.Write(figs)
			}
			if err != nil {
				f.Close()
				return err
			}
			bodyOff = off
			off += int64(len(html) + len(figs))
		}
		i := shardOf(p)
		cf.Stamps[p] = d.stamp
		shards[i] = append(shards[i], cachedDocOf(p, d, bodyOff))
	}
	err = w.Flush()
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	cf.BodiesLen, cf.Bodies = off, live+fresh
	st.cf = cf
	return stageShards(st, old, shards)
}

// cachedDocOf is what the cache keeps of a briefing whose body is at bodyOff in the bodies
// file.
func cachedDocOf(p string, d *doc, bodyOff int64) cachedDoc {
	b := *d.b
	b.Body = nil // read again from the file when a diagnostic needs it
	return cachedDoc{Path: p, Sum: d.sum, ConvSum: d.convSum, Briefing: &b, Diags: d.diags,
		BodyOff: bodyOff, BodyLen: d.bodyLen(), WordCount: d.in.WordCount, Lead: d.in.Lead, Annotations: cachedAnnotations{d.in.Annotations}, FigLen: len(d.in.Figures.Data()),
		FigCRC: crc32.Checksum(d.in.Figures.Data(), castagnoliTable), Figs: d.in.Figures.Data(), Warnings: d.warnings,
		FigSum: d.figSum, PlaceSum: d.placeSum, PlaceFigs: d.placeFigs}
}

// stageShards writes the shards that changed since old to temporary files.
func stageShards(st *stagedCache, old *cacheFile, shards [][]cachedDoc) error {
	errs := make([]error, shardCount)
	written := make([]bool, shardCount)
	// Each shard is encoded whole (a few megabytes at 10,000 briefings) into a buffer that the
	// next shard reuses once the file is written, instead of a new one grown from nothing.
	var buffers sync.Pool
	parallel(shardCount, func(i int) {
		st.cf.Shards[i] = shardKey(shards[i])
		if old != nil && old.Shards[i] == st.cf.Shards[i] {
			return // the file holds exactly these
		}
		name := filepath.Join(st.dir, shardName(i))
		var buf []byte
		if b, ok := buffers.Get().(*[]byte); ok {
			buf = *b
		}
		buf, errs[i] = writeShardTo(name+".tmp", shards[i], buf)
		buffers.Put(&buf)
		written[i] = errs[i] == nil
	})
	for i, ok := range written {
		if ok {
			name := filepath.Join(st.dir, shardName(i))
			st.renames = append(st.renames, [2]string{name + ".tmp", name})
		}
	}
	return errors.Join(errs...)
}

// statContent lists content/ and reads a briefing file again only when its size or
// modification time differs from its stamp (and parses it again only when its bytes
// differ); files no longer listed are forgotten.
func (s *Session) statContent(fsys fs.FS, stamps map[string]stamp) error {
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
	}
	for p := range s.docs {
		if !keep[p] {
			delete(s.docs, p)
		}
	}
	// A file modified within the last seconds may be modified again within the resolution
	// of its modification time without changing its size: its stamp is marked racy, so the
	// next build reads it again (and compares its hash) whatever its stamp says.
	racy := time.Now().Add(-racyWindow).UnixNano()
	read := make([]*doc, len(paths))
	parallel(len(paths), func(i int) {
		p := paths[i]
		old := s.docs[p]
		st, err := fs.Stat(fsys, p)
		if err != nil {
			if !errors.Is(err, fs.ErrNotExist) {
				read[i] = &doc{diags: diag.List{diag.Errorf(p, 0, 0, "cannot read: %v", err)}}
			}
			return
		}
		now := stamp{Size: st.Size(), MTime: st.ModTime().UnixNano()}
		if old != nil && stamps[p] == now {
			read[i] = old
			return
		}
		data, err := fs.ReadFile(fsys, p)
		if err != nil {
			if !errors.Is(err, fs.ErrNotExist) {
				read[i] = &doc{diags: diag.List{diag.Errorf(p, 0, 0, "cannot read: %v", err)}}
			}
			return
		}
		if int64(len(data)) != now.Size || now.MTime >= racy {
			now.MTime = -1 // changed while read, or recently: read again next time
		}
		h := sum(data)
		if old != nil && old.sum == h {
			old.stamp = now
			read[i] = old
			return
		}
		b, diags := content.Parse(p, data)
		read[i] = &doc{sum: h, stamp: now, b: b, diags: diags, bodyOff: -1}
	})
	for i, p := range paths {
		if read[i] == nil {
			delete(s.docs, p)
		} else {
			s.docs[p] = read[i]
		}
	}
	return nil
}
