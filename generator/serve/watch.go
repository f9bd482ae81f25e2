package serve

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"time"

	"github.com/fsnotify/fsnotify"
)

// watched are the parts of a site folder a change to which rebuilds the site.
var watched = []string{"content", "layouts", "static"}

// configFile is the one file at the top of the site folder that is watched.
const configFile = "site.yaml"

// watcher reports bursts of changes below a site folder as lists of paths relative to it
// (slash-separated): one list per burst, after quiet has passed without a new change.
type watcher struct {
	root    string
	quiet   time.Duration // a burst ends after this long without events
	maxWait time.Duration // and at the latest this long after its first event
	poll    time.Duration // polling interval, when polling
	log     io.Writer

	fsw  *fsnotify.Watcher // nil when polling
	dirs map[string]bool   // watched folders, as absolute paths under root
	prev map[string]stamp  // polling: the last scan
}

// newWatcher watches root with inotify (or the platform's equivalent), falling back to
// polling when forced to or when the system's limit of watches is reached.
func newWatcher(root string, forcePoll bool, log io.Writer) *watcher {
	w := &watcher{root: root, quiet: 10 * time.Millisecond, maxWait: 250 * time.Millisecond, poll: 300 * time.Millisecond, log: log, dirs: map[string]bool{}}
	if forcePoll {
		w.prev = w.scan()
		return w
	}
	fsw, err := fsnotify.NewWatcher()
	if err != nil {
		fmt.Fprintf(log, "sitrep serve: cannot watch files (%v); raise the limit with: sudo sysctl fs.inotify.max_user_instances=1024\nsitrep serve: polling for changes every %v instead\n", err, w.poll)
		w.prev = w.scan()
		return w
	}
	w.fsw = fsw
	if err := w.addTree(root, false); err != nil {
		w.fallBack(err)
		return w
	}
	for _, d := range watched {
		if err := w.addTree(filepath.Join(root, d), true); err != nil {
			w.fallBack(err)
			return w
		}
	}
	return w
}

// fallBack closes the inotify watcher and says why polling is used.
func (w *watcher) fallBack(err error) {
	if errors.Is(err, syscall.ENOSPC) {
		fmt.Fprintf(w.log, "sitrep serve: the limit of inotify watches is reached (%v); raise it with:\n    sudo sysctl fs.inotify.max_user_watches=524288\n(add fs.inotify.max_user_watches=524288 to /etc/sysctl.conf to keep it)\nsitrep serve: polling for changes every %v instead\n", err, w.poll)
	} else {
		fmt.Fprintf(w.log, "sitrep serve: cannot watch files (%v); polling for changes every %v instead\n", err, w.poll)
	}
	w.fsw.Close()
	w.fsw = nil
	w.dirs = map[string]bool{}
	w.prev = w.scan()
}

// addTree watches dir, and with recursive every folder below it (following a symbolic link
// at dir itself, as the build does).
func (w *watcher) addTree(dir string, recursive bool) error {
	if !recursive {
		w.dirs[dir] = true
		return w.fsw.Add(dir)
	}
	real, err := filepath.EvalSymlinks(dir)
	if err != nil {
		return nil // not there (yet): its creation is seen in the folder above
	}
	return filepath.WalkDir(real, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil // gone meanwhile
		}
		if !d.IsDir() {
			return nil
		}
		rel, _ := filepath.Rel(real, p)
		full := filepath.Join(dir, rel)
		if w.dirs[full] {
			return nil
		}
		if err := w.fsw.Add(full); err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				return nil
			}
			return err
		}
		w.dirs[full] = true
		return nil
	})
}

// forget stops watching dir and every folder below it.
func (w *watcher) forget(dir string) {
	for d := range w.dirs {
		if d == dir || strings.HasPrefix(d, dir+string(filepath.Separator)) {
			delete(w.dirs, d)
			w.fsw.Remove(d) // an error means it is gone already
		}
	}
}

// relevant returns p relative to the root when a change at p matters to the build.
func (w *watcher) relevant(p string) (string, bool) {
	rel, err := filepath.Rel(w.root, p)
	if err != nil {
		return "", false
	}
	rel = filepath.ToSlash(rel)
	if rel == configFile {
		return rel, true
	}
	for _, d := range watched {
		if rel == d || strings.HasPrefix(rel, d+"/") {
			return rel, true
		}
	}
	return "", false
}

// run sends bursts of changes to out until ctx is done, then closes the watcher.
func (w *watcher) run(ctx context.Context, out chan<- []string) {
	if w.fsw == nil {
		w.runPolling(ctx, out)
		return
	}
	defer func() {
		if w.fsw != nil {
			w.fsw.Close()
		}
	}()
	pending := map[string]bool{}
	var first time.Time
	timer := time.NewTimer(time.Hour)
	timer.Stop()
	defer timer.Stop()
	flush := func() bool {
		if len(pending) == 0 {
			return true
		}
		list := make([]string, 0, len(pending))
		for p := range pending {
			list = append(list, p)
		}
		sort.Strings(list)
		pending = map[string]bool{}
		select {
		case out <- list:
			return true
		case <-ctx.Done():
			return false
		}
	}
	for {
		select {
		case <-ctx.Done():
			return
		case ev, ok := <-w.fsw.Events:
			if !ok {
				return
			}
			rel, ok := w.relevant(ev.Name)
			if !ok {
				continue
			}
			if ev.Has(fsnotify.Create) {
				if st, err := os.Stat(ev.Name); err == nil && st.IsDir() && rel != configFile {
					if err := w.addTree(ev.Name, true); err != nil {
						w.fallBack(err)
						pending["."] = true // rebuild everything, then poll
						if flush() {
							w.runPolling(ctx, out)
						}
						return
					}
				}
			}
			if ev.Has(fsnotify.Remove) || ev.Has(fsnotify.Rename) {
				w.forget(ev.Name)
			}
			if len(pending) == 0 {
				first = time.Now()
			}
			pending[rel] = true
			wait := w.quiet
			if left := w.maxWait - time.Since(first); left < wait {
				wait = max(left, 0)
			}
			timer.Reset(wait)
		case err, ok := <-w.fsw.Errors:
			if !ok {
				return
			}
			if errors.Is(err, fsnotify.ErrEventOverflow) {
				pending["."] = true // events were lost: rebuild everything
				timer.Reset(w.quiet)
				continue
			}
			fmt.Fprintf(w.log, "sitrep serve: watching: %v\n", err)
		case <-timer.C:
			if !flush() {
				return
			}
		}
	}
}

// stamp is what polling compares between two scans.
type stamp struct {
	size  int64
	mtime int64 // nanoseconds
	dir   bool
}

// scan lists every watched path below the root with its size and modification time.
func (w *watcher) scan() map[string]stamp {
	out := map[string]stamp{}
	if st, err := os.Stat(filepath.Join(w.root, configFile)); err == nil {
		out[configFile] = stamp{st.Size(), st.ModTime().UnixNano(), false}
	}
	for _, d := range watched {
		real, err := filepath.EvalSymlinks(filepath.Join(w.root, d))
		if err != nil {
			continue
		}
		filepath.WalkDir(real, func(p string, e fs.DirEntry, err error) error {
			if err != nil {
				return nil
			}
			info, err := e.Info()
			if err != nil {
				return nil
			}
			rel, _ := filepath.Rel(real, p)
			out[filepath.ToSlash(filepath.Join(d, rel))] = stamp{info.Size(), info.ModTime().UnixNano(), e.IsDir()}
			return nil
		})
	}
	return out
}

// runPolling scans the folder every poll interval and sends what differs.
func (w *watcher) runPolling(ctx context.Context, out chan<- []string) {
	prev := w.prev
	if prev == nil {
		prev = w.scan()
	}
	ticker := time.NewTicker(w.poll)
	defer ticker.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-ticker.C:
		}
		cur := w.scan()
		var changed []string
		for p, st := range cur {
			if old, ok := prev[p]; !ok || old != st {
				if !st.dir || !ok {
					changed = append(changed, p)
				}
			}
		}
		for p := range prev {
			if _, ok := cur[p]; !ok {
				changed = append(changed, p)
			}
		}
		prev = cur
		if len(changed) == 0 {
			continue
		}
		sort.Strings(changed)
		select {
		case out <- changed:
		case <-ctx.Done():
			return
		}
	}
}
