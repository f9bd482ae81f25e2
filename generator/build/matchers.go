package build

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/sitrep-archive/sitrep/generator/annotate"
	"github.com/sitrep-archive/sitrep/generator/annotate/gazetteer"
	"github.com/sitrep-archive/sitrep/generator/annotate/place"
	"github.com/sitrep-archive/sitrep/generator/config"
	"github.com/sitrep-archive/sitrep/generator/diag"
)

// The place matcher takes about half a second of CPU to build from the gazetteer, more than
// the rest of a one-briefing rebuild, and holds close to a hundred megabytes while the
// briefings are converted. So builds keep snapshots of their matchers (place.LoadSnapshot)
// in a folder (Options.MatcherDir: the command line uses the user's cache folder; else the
// build cache folder), one file per program and set of place options
// ("matcher-<hash of both>"); a later build with the same program and options reads it back
// in a few tens of milliseconds and decodes only the entries it meets. A snapshot is written
// on another goroutine while the briefings are converted, and the oldest are removed past
// keptSnapshots; one that is missing, damaged or labelled otherwise is ignored and written
// again.

const matcherSnapshotPrefix = "matcher-"

// keptSnapshots is how many snapshots a folder keeps (other programs, other options).
const keptSnapshots = 4

// snapshotName is the file name of the snapshot labelled key.
func snapshotName(key string) string {
	return fmt.Sprintf("%s%016x", matcherSnapshotPrefix, sum([]byte(key)))
}

// annotator returns the annotation extension for the site's options, reusing the matcher
// of an earlier build with the same place options, else the snapshot in snapDir (when not
// ""), else building it.
func (bl *Builder) annotator(cfg *config.Site, snapDir string) (*annotate.Extension, error) {
	placesPath := cfg.BasePath() + "places/" // once: BasePath parses the URL
	a := cfg.Annotate
	opts := annotate.Options{Figures: a.Figures, Places: a.Places, Dollar: a.Dollar,
		PlaceURL: func(slug string) string { return placesPath + slug + "/" }}
	if !a.Places {
		return annotate.New(opts), nil
	}
	popts := placeOptions(a, cfg.Operations)
	key := fmt.Sprintf("%#v", popts)
	bl.mu.Lock()
	defer bl.mu.Unlock()
	if m, ok := bl.matchers[key]; ok {
		opts.Matcher = m
		return annotate.New(opts), nil
	}
	if program() == "" { // the executable cannot be read: nothing tells its snapshots apart
		snapDir = ""
	}
	snapKey := program() + "\x00" + key
	m := readMatcherSnapshot(snapDir, snapKey)
	if m != nil {
		bl.snapshotsRead++
	} else {
		bl.matchersBuilt++
		if bl.gaz == nil {
			g, err := gazetteer.Load()
			if err != nil {
				return nil, fmt.Errorf("gazetteer: %w", err)
			}
			bl.gaz = g
		}
		var err error
		if m, err = place.NewMatcher(bl.gaz, popts); err != nil {
			return nil, &diag.Diagnostic{File: config.FileName, Message: "annotate: " + err.Error()}
		}
		if snapDir != "" {
			bl.saving.Add(1)
			go func() {
				defer bl.saving.Done()
				writeMatcherSnapshot(snapDir, snapKey, m)
			}()
		}
	}
	bl.matchers = map[string]*place.Matcher{key: m}
	opts.Matcher = m
	return annotate.New(opts), nil
}

// readMatcherSnapshot returns the matcher of dir's snapshot when it is labelled key, else nil.
func readMatcherSnapshot(dir, key string) *place.Matcher {
	if dir == "" {
		return nil
	}
	data, err := os.ReadFile(filepath.Join(dir, snapshotName(key)))
	if err != nil {
		return nil
	}
	if k, err := place.SnapshotKey(data); err != nil || k != key {
		return nil
	}
	m, err := place.LoadSnapshot(data)
	if err != nil {
		return nil
	}
	return m
}

// writeMatcherSnapshot puts m's snapshot in dir, atomically; a failure only costs the next
// build the time to build the matcher again.
func writeMatcherSnapshot(dir, key string, m *place.Matcher) {
	if os.MkdirAll(dir, 0o755) != nil {
		return
	}
	f, err := os.CreateTemp(dir, ".tmp-"+matcherSnapshotPrefix+"*")
	if err != nil {
		return
	}
	f.Chmod(0o644) // as the other cache files
	w := bufio.NewWriterSize(f, 1<<20)
	err = m.WriteSnapshot(w, key)
	if err == nil {
		err = w.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(f.Name(), filepath.Join(dir, snapshotName(key)))
	}
	if err != nil {
		os.Remove(f.Name())
		return
	}
	pruneSnapshots(dir)
}

// pruneSnapshots removes all but the keptSnapshots most recently written snapshots in dir,
// and what a writer stopped midway left more than an hour ago.
func pruneSnapshots(dir string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	type snap struct {
		name string
		mod  int64
	}
	var snaps []snap
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".tmp-"+matcherSnapshotPrefix) {
			if info, err := e.Info(); err == nil && time.Since(info.ModTime()) > time.Hour {
				os.Remove(filepath.Join(dir, e.Name()))
			}
			continue
		}
		if !strings.HasPrefix(e.Name(), matcherSnapshotPrefix) {
			continue
		}
		if info, err := e.Info(); err == nil {
			snaps = append(snaps, snap{e.Name(), info.ModTime().UnixNano()})
		}
	}
	sort.Slice(snaps, func(i, j int) bool { return snaps[i].mod > snaps[j].mod })
	for _, s := range snaps[min(len(snaps), keptSnapshots):] {
		os.Remove(filepath.Join(dir, s.name))
	}
}

// waitSnapshots waits for the matcher snapshots being written.
func (bl *Builder) waitSnapshots() { bl.saving.Wait() }

func placeOptions(a config.Annotate, ops []config.Operation) place.Options {
	var o place.Options
	for _, c := range a.CustomPlaces {
		o.Custom = append(o.Custom, place.Custom{Name: c.Name, Aliases: c.Aliases, Country: c.Country, Lat: c.Lat, Lon: c.Lon})
	}
	o.Aliases = a.PlaceAliases
	o.Exclude = a.ExcludePlaces
	for _, op := range ops {
		o.CodeNames = append(o.CodeNames, op.Name)
		o.CodeNames = append(o.CodeNames, op.Aliases...)
	}
	return o
}
