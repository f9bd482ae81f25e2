package build

import (
	"fmt"
	"path"
	"strings"
	"sync"

	"github.com/sitrep-archive/sitrep/generator/output"
)

// memSink is a sink that keeps the site in memory (path → bytes), minified the way an
// output.Tree minifies it, for the dev server, which never writes the destination folder.
type memSink struct {
	mf *output.Minifier // nil: no minification

	mu    sync.Mutex
	files map[string][]byte
	// minified keeps, by path and input hash, the minified bytes of files that are added
	// again unchanged (static files); prev is the cache of the previous run.
	minified, prev map[minKey][]byte
	// replace lets a file be added over one already there (a revision over the last site).
	replace bool
}

type minKey struct {
	path string
	sum  uint64
}

func newMemSink(mf *output.Minifier, prev map[minKey][]byte) *memSink {
	return &memSink{mf: mf, files: map[string][]byte{}, minified: map[minKey][]byte{}, prev: prev}
}

// Add minifies data by p's extension (when minification is on) and keeps it at p.
func (m *memSink) Add(p string, data []byte) error {
	if m.mf == nil || !output.Minifiable(p) {
		return m.AddRaw(p, append([]byte(nil), data...))
	}
	key := minKey{p, sum(data)}
	m.mu.Lock()
	out, ok := m.prev[key]
	m.mu.Unlock()
	if !ok {
		var err error
		if out, err = m.mf.Minify(p, data); err != nil { // a new slice, never data itself
			return err
		}
	}
	if err := m.AddRaw(p, out); err != nil {
		return err
	}
	m.mu.Lock()
	m.minified[key] = out
	m.mu.Unlock()
	return nil
}

// AddRaw keeps data at p as it is; data must not be changed afterwards.
func (m *memSink) AddRaw(p string, data []byte) error {
	clean := path.Clean(p)
	if clean == "." || clean == ".." || strings.HasPrefix(clean, "../") || strings.HasPrefix(clean, "/") {
		return fmt.Errorf("output: path %q is outside the site", p)
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if _, dup := m.files[clean]; dup && !m.replace {
		return fmt.Errorf("output: %s is produced twice", clean)
	}
	if data == nil {
		data = []byte{}
	}
	m.files[clean] = data
	return nil
}

// Has reports whether p was added.
func (m *memSink) Has(p string) bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	_, ok := m.files[p]
	return ok
}
