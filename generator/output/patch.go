package output

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"sync"

	"github.com/sitrep-archive/sitrep/generator/internal/rawfile"
)

// Patch updates a destination folder written by an earlier build in place: files are added
// in memory, and Commit writes only those whose bytes differ from the previous build's (by
// the manifest), each to a temporary name in its folder and renamed over the old file, then
// removes the files the previous build wrote and this one did not. Each file is replaced
// atomically, so no reader ever sees a half-written file; unlike a Tree, the destination as
// a whole is not replaced in one step. Nothing is written in the destination before Commit
// (a file added by AddStream waits beside it), so a Patch that is abandoned leaves the
// destination exactly as it was.
//
// Add, AddRaw, Keep and Has are safe for concurrent use.
type Patch struct {
	dest     string
	minifier *Minifier
	previous map[string]uint64
	observe  func(path string, data []byte)

	mu      sync.Mutex
	all     map[string]uint64 // every file of the new site (kept ones with their old hash)
	changed map[string][]byte // files whose bytes differ from the previous build's
	// streamed are the files added by AddStream whose bytes differ from the previous
	// build's: each waits in a temporary file beside the destination (not in it) until
	// Commit renames it into place, or Abort removes it.
	streamed map[string]string
	bytes    int64
	finished bool
}

// ErrNoManifest is returned by OpenPatch when the destination or its manifest is missing.
var ErrNoManifest = errors.New("output: no previous build to update")

// OpenPatch starts an update of dest, which the previous build must have written (its
// manifest is read).
func OpenPatch(dest string, minifier *Minifier) (*Patch, error) {
	dest = filepath.Clean(dest)
	prev := readManifest(ManifestName(dest), dest)
	if prev == nil {
		return nil, ErrNoManifest
	}
	return &Patch{dest: dest, minifier: minifier, previous: prev, all: map[string]uint64{}, changed: map[string][]byte{}, streamed: map[string]string{}}, nil
}

// Previous returns the manifest of the previous build (path → content hash); it must not
// be modified.
func (p *Patch) Previous() map[string]uint64 { return p.previous }

// Observe makes the patch call f with the path and bytes of every file added (not of those
// kept). Call it before the first Add.
func (p *Patch) Observe(f func(path string, data []byte)) { p.observe = f }

// Add minifies data by name's extension and adds it.
func (p *Patch) Add(name string, data []byte) error {
	data, err := p.minifier.apply(name, data)
	if err != nil {
		return err
	}
	return p.AddRaw(name, data)
}

// AddRaw adds data at name as it is; data must not be changed afterwards.
func (p *Patch) AddRaw(name string, data []byte) error {
	clean, err := cleanPath(name)
	if err != nil {
		return err
	}
	sum := hash(data)
	p.mu.Lock()
	if _, dup := p.all[clean]; dup {
		p.mu.Unlock()
		return fmt.Errorf("output: %s is produced twice", clean)
	}
	p.all[clean] = sum
	p.bytes += int64(len(data))
	if old, ok := p.previous[clean]; !ok || old != sum {
		p.changed[clean] = data
	}
	p.mu.Unlock()
	if p.observe != nil {
		p.observe(clean, data)
	}
	return nil
}

// AddStream adds at name what write writes to the writer it is given, as it writes it, so
// that a large file (annotations.json) is never whole in memory. The bytes go to a
// temporary file beside the destination folder (on the same file system), hashed as they
// are written; Commit renames it into place when they differ from the previous build's, and
// Abort removes it. The file is not minified. The observer, if any, is called with name and
// nil data.
func (p *Patch) AddStream(name string, write func(w io.Writer) error) error {
	clean, err := cleanPath(name)
	if err != nil {
		return err
	}
	p.mu.Lock()
	if _, dup := p.all[clean]; dup || p.finished {
		p.mu.Unlock()
		if p.finished {
			return errors.New("output: patch already finished")
		}
		return fmt.Errorf("output: %s is produced twice", clean)
	}
	p.all[clean] = 0 // reserved; the sum once written
	p.mu.Unlock()
	if p.observe != nil {
		p.observe(clean, nil)
	}
	f, err := os.CreateTemp(filepath.Dir(p.dest), "."+filepath.Base(p.dest)+".stream-*.tmp")
	if err != nil {
		return fmt.Errorf("output: %w", err)
	}
	sum, n, err := writeHashed(f, write)
	if err != nil {
		os.Remove(f.Name())
		return err
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.all[clean] = sum
	p.bytes += n
	if old, ok := p.previous[clean]; (ok && old == sum) || p.finished {
		os.Remove(f.Name()) // the same bytes are there already (or the patch was abandoned)
		return nil
	}
	p.streamed[clean] = f.Name()
	return nil
}

// Keep adds the file the previous build wrote at name, unchanged. It fails when the
// previous build did not write name.
func (p *Patch) Keep(name string) error {
	clean, err := cleanPath(name)
	if err != nil {
		return err
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	old, ok := p.previous[clean]
	if !ok {
		return fmt.Errorf("output: %s is not in the previous build", clean)
	}
	if _, dup := p.all[clean]; dup {
		return fmt.Errorf("output: %s is produced twice", clean)
	}
	p.all[clean] = old
	return nil
}

// Has reports whether name was added or kept.
func (p *Patch) Has(name string) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	_, ok := p.all[name]
	return ok
}

// Changed returns the files that Commit would write, sorted.
func (p *Patch) Changed() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	out := make([]string, 0, len(p.changed)+len(p.streamed))
	for k := range p.changed {
		out = append(out, k)
	}
	for k := range p.streamed {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// Removed returns the files that Commit would remove, sorted.
func (p *Patch) Removed() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	var out []string
	for k := range p.previous {
		if _, ok := p.all[k]; !ok {
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}

// Commit writes the changed files, removes those no longer produced and records the new
// manifest. Each changed file is written to a temporary name beside it and renamed over it;
// removals come last, so a link from a new page never points to a file not yet written.
func (p *Patch) Commit() (Stats, error) {
	removed := p.Removed()
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.finished {
		return Stats{}, errors.New("output: patch already finished")
	}
	p.finished = true
	written := len(p.changed) + len(p.streamed)
	st := Stats{Files: len(p.all), Written: written, Unchanged: len(p.all) - written, Removed: len(removed), Incremental: true}
	defer p.removeStreamed() // on failure: those not renamed into place
	names := make([]string, 0, written)
	for k := range p.changed {
		names = append(names, k)
	}
	for k := range p.streamed {
		names = append(names, k)
	}
	sort.Strings(names)
	var made sync.Map
	errs := make([]error, len(names))
	var wg sync.WaitGroup
	sem := make(chan struct{}, 8)
	for i, name := range names {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			errs[i] = p.replace(name, p.changed[name], &made)
		}()
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return st, fmt.Errorf("output: %w", err)
	}
	p.streamed = map[string]string{} // renamed into place
	dirs := map[string]bool{}
	for _, name := range removed {
		if err := os.Remove(filepath.Join(p.dest, filepath.FromSlash(name))); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return st, fmt.Errorf("output: %w", err)
		}
		for d := path.Dir(name); d != "."; d = path.Dir(d) {
			dirs[d] = true
		}
	}
	// Folders left empty go too, deepest first; a folder that still holds files stays.
	order := make([]string, 0, len(dirs))
	for d := range dirs {
		order = append(order, d)
	}
	sort.Slice(order, func(i, j int) bool { return len(order[i]) > len(order[j]) })
	for _, d := range order {
		os.Remove(filepath.Join(p.dest, filepath.FromSlash(d))) // fails, as it should, when not empty
	}
	if err := writeManifest(ManifestName(p.dest)+".tmp", p.all); err != nil {
		return st, err
	}
	if err := os.Rename(ManifestName(p.dest)+".tmp", ManifestName(p.dest)); err != nil {
		return st, fmt.Errorf("output: %w", err)
	}
	return st, nil
}

// replace writes data at name through a temporary file in the same folder (or renames the
// file a stream was written to).
func (p *Patch) replace(name string, data []byte, made *sync.Map) error {
	target := filepath.Join(p.dest, filepath.FromSlash(name))
	dir := filepath.Dir(target)
	if _, ok := p.previous[name]; !ok {
		// Made once per folder; a writer of another new file in it waits until it is made.
		v, _ := made.LoadOrStore(dir, &madeDir{})
		md := v.(*madeDir)
		md.once.Do(func() { md.err = os.MkdirAll(dir, 0o755) })
		if md.err != nil {
			return md.err
		}
	}
	tmp, streamed := p.streamed[name]
	if !streamed {
		tmp = filepath.Join(dir, ".sitrep-"+path.Base(name)+".tmp")
		if err := rawfile.WriteFile(tmp, data, 0o644); err != nil {
			return err
		}
	}
	if err := os.Rename(tmp, target); err != nil {
		os.Remove(tmp)
		return err
	}
	return nil
}

// madeDir is a folder a patch makes for new files, once.
type madeDir struct {
	once sync.Once
	err  error
}

// Abort abandons the patch; the destination is untouched.
func (p *Patch) Abort() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.finished = true
	p.removeStreamed()
}

// removeStreamed removes the temporary files of streams not renamed into place (p.mu held).
func (p *Patch) removeStreamed() {
	for _, tmp := range p.streamed {
		os.Remove(tmp)
	}
	p.streamed = map[string]string{}
}

func cleanPath(p string) (string, error) {
	clean := filepath.ToSlash(filepath.Clean(filepath.FromSlash(p)))
	if clean == "." || clean == ".." || strings.HasPrefix(clean, "../") || filepath.IsAbs(p) {
		return "", fmt.Errorf("output: path %q is outside the site", p)
	}
	return clean, nil
}
