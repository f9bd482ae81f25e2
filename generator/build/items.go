package build

import (
	"encoding/binary"
	"html/template"
	"os"
	"path/filepath"
	"slices"

	"github.com/sitrep-archive/sitrep/generator/site"
)

// A briefing's list item (partials/briefing-item.html) appears on every list that holds the
// briefing; the templates render it once per build and keep it by a key of what the partial
// shows (render.ShareItems, signature.go's itemKey). A build with a build cache also keeps
// them in the cache ("items"), so that an incremental build that renders a few hundred list
// pages (an edit that adds a briefing to a popular place's list shifts every later page of
// it) takes their items from there instead of rendering thousands again. The file is
// labelled with what the items depend on beyond their keys: the program, the options, the
// site.yaml and the layouts; anything else makes it ignored and written again.

const (
	itemsName  = "items"
	itemsMagic = "sitrep list items 1\n"
)

// itemsLabel is what the items of this session's build depend on beyond their keys.
func (s *Session) itemsLabel(opts Options) []byte {
	b := []byte(itemsMagic)
	for _, x := range []string{program(), optionsKey(opts)} {
		b = binary.AppendUvarint(b, uint64(len(x)))
		b = append(b, x...)
	}
	b = binary.LittleEndian.AppendUint64(b, s.cfgSum)
	b = binary.LittleEndian.AppendUint64(b, s.layoutSum)
	return append(b, byte(s.itemLevel))
}

// shareItemsOnDisk lets the templates keep the model's list items by key, starting from
// those the cache folder dir holds for the same label. It reports whether items were read.
func (s *Session) shareItemsOnDisk(dir string, opts Options, model *site.Site, sg *signer) bool {
	if s.tmpl == nil || s.itemLevel == itemNone || program() == "" {
		return false
	}
	read := false
	if items := readItems(filepath.Join(dir, itemsName), s.itemsLabel(opts)); items != nil {
		s.tmpl.SeedItems(items)
		read = true
	}
	s.tmpl.ShareItems(model, sg.itemKey(s.itemLevel))
	return read
}

// readItems returns the items of the file name when it carries label, else nil.
func readItems(name string, label []byte) map[uint64]template.HTML {
	data, err := os.ReadFile(name)
	if err != nil || len(data) < len(label) || string(data[:len(label)]) != string(label) {
		return nil
	}
	text := string(data[len(label):]) // one copy; the items share it
	n, k := binary.Uvarint([]byte(text[:min(len(text), binary.MaxVarintLen64)]))
	if k <= 0 || n > uint64(len(text))/9 {
		return nil
	}
	text = text[k:]
	items := make(map[uint64]template.HTML, n)
	for range n {
		if len(text) < 9 {
			return nil
		}
		key := binary.LittleEndian.Uint64([]byte(text[:8]))
		size, k := binary.Uvarint([]byte(text[8:min(len(text), 8+binary.MaxVarintLen64)]))
		if k <= 0 || size > uint64(len(text)-8-k) {
			return nil
		}
		text = text[8+k:]
		items[key] = template.HTML(text[:size])
		text = text[size:]
	}
	if len(text) != 0 {
		return nil
	}
	return items
}

// writeItems writes the model's items, as the templates keep them by key, to the cache
// folder dir, unless they are those it read (none was rendered for the model).
func (s *Session) writeItems(dir string, opts Options, model *site.Site, read bool) {
	if s.tmpl == nil {
		return
	}
	items, rendered := s.tmpl.KeyedItems(model)
	if items == nil || read && rendered == 0 {
		return
	}
	keys := make([]uint64, 0, len(items))
	size := 0
	for k, h := range items {
		keys = append(keys, k)
		size += len(h) + 12
	}
	slices.Sort(keys)
	buf := append(make([]byte, 0, size+256), s.itemsLabel(opts)...)
	buf = binary.AppendUvarint(buf, uint64(len(keys)))
	for _, k := range keys {
		buf = binary.LittleEndian.AppendUint64(buf, k)
		buf = binary.AppendUvarint(buf, uint64(len(items[k])))
		buf = append(buf, items[k]...)
	}
	name := filepath.Join(dir, itemsName)
	tmp := name + ".tmp"
	if err := os.WriteFile(tmp, buf, 0o644); err != nil || os.Rename(tmp, name) != nil {
		os.Remove(tmp)
		os.Remove(name)
	}
}
