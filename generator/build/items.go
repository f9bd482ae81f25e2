package build

import (
	"encoding/binary"
	"hash/crc32"
	"html/template"
	"os"
	"path/filepath"
	"slices"

	"github.com/sitrep-archive/sitrep/generator/site"
)

// A briefing's list item (partials/briefing-item.html) appears on every list that holds the
// briefing; the templates render it once per build and keep it by a key of what the partial
// shows (render.ShareItems, itemkey.go's itemKey). A build with a build cache also keeps
// them in the cache ("items"), so that an incremental build that renders a few hundred list
// pages (an edit that adds a briefing to a popular place's list shifts every later page of
// it) takes their items from there instead of rendering thousands again. The file is
// labelled with what the items depend on beyond their keys: the program, the options, the
// site.yaml and the layouts; anything else makes it ignored and written again.
//
// After the label come records, each an item's key, length, bytes and the CRC-32C of the
// three. A build that rendered a few items appends their records (an edit renders a handful;
// writing all ten thousand again took longer than the rest of the cache); one that rendered
// many, or finds the file holding twice the records it needs, writes the file anew. A reader
// stops at the first record that is cut short or fails its checksum (an append that did not
// finish), keeping those before it; the next append starts there.

const (
	itemsName  = "items"
	itemsMagic = "sitrep list items 2\n"
)

// itemsOnDisk is what a build read of the items file: the keys it holds, its records and the
// length of its sound part, where records are appended.
type itemsOnDisk struct {
	keys    map[uint64]bool
	records int
	end     int64
}

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
// those the cache folder dir holds for the same label. It returns what was read (nil: none).
func (s *Session) shareItemsOnDisk(dir string, opts Options, model *site.Site, sg *signer) *itemsOnDisk {
	if s.tmpl == nil || s.itemLevel == itemNone || program() == "" {
		return nil
	}
	items, disk := readItems(filepath.Join(dir, itemsName), s.itemsLabel(opts))
	if disk != nil {
		s.tmpl.SeedItems(items)
	}
	s.tmpl.ShareItems(model, sg.itemKey(s.itemLevel))
	return disk
}

// readItems returns the items of the file name when it carries label, else nil; the records
// after the first unsound one are left out.
func readItems(name string, label []byte) (map[uint64]template.HTML, *itemsOnDisk) {
	data, err := os.ReadFile(name)
	if err != nil || len(data) < len(label) || string(data[:len(label)]) != string(label) {
		return nil, nil
	}
	text := string(data) // one copy; the items share it
	items := map[uint64]template.HTML{}
	disk := &itemsOnDisk{keys: map[uint64]bool{}}
	at := len(label)
	for at < len(text) {
		key, size, n, ok := itemRecord(text[at:])
		if !ok {
			break
		}
		items[key] = template.HTML(text[at+n-4-size : at+n-4])
		disk.keys[key] = true
		disk.records++
		at += n
	}
	disk.end = int64(at)
	return items, disk
}

// itemRecord reads the record at the start of rec: its key, the length of its item and the
// record's own length; ok is false when the record is cut short or fails its checksum.
func itemRecord(rec string) (key uint64, size, n int, ok bool) {
	if len(rec) < 8+1+4 {
		return 0, 0, 0, false
	}
	key = binary.LittleEndian.Uint64([]byte(rec[:8]))
	u, k := binary.Uvarint([]byte(rec[8:min(len(rec), 8+binary.MaxVarintLen64)]))
	if k <= 0 || u > uint64(len(rec)-8-k-4) {
		return 0, 0, 0, false
	}
	size, n = int(u), 8+k+int(u)+4
	if crc32.Checksum([]byte(rec[:n-4]), castagnoliTable) != binary.LittleEndian.Uint32([]byte(rec[n-4:n])) {
		return 0, 0, 0, false
	}
	return key, size, n, true
}

// appendItemRecord appends the record of the item h under key.
func appendItemRecord(b []byte, key uint64, h template.HTML) []byte {
	start := len(b)
	b = binary.LittleEndian.AppendUint64(b, key)
	b = binary.AppendUvarint(b, uint64(len(h)))
	b = append(b, h...)
	return binary.LittleEndian.AppendUint32(b, crc32.Checksum(b[start:], castagnoliTable))
}

// writeItems keeps the model's items, as the templates keep them by key, in the cache folder
// dir: it appends those rendered for the model to the file that was read (disk), or writes
// the file anew when there was none, when most items were rendered, or when the file would
// hold twice the records the model needs.
func (s *Session) writeItems(dir string, opts Options, model *site.Site, disk *itemsOnDisk) {
	if s.tmpl == nil {
		return
	}
	items, rendered := s.tmpl.KeyedItems(model)
	if items == nil || disk != nil && rendered == 0 {
		return
	}
	name := filepath.Join(dir, itemsName)
	if disk != nil && 2*rendered < len(items) && disk.records+rendered <= 2*len(items) {
		var fresh []uint64
		for k := range items {
			if !disk.keys[k] {
				fresh = append(fresh, k)
			}
		}
		if len(fresh) == 0 {
			return
		}
		slices.Sort(fresh)
		var buf []byte
		for _, k := range fresh {
			buf = appendItemRecord(buf, k, items[k])
		}
		f, err := os.OpenFile(name, os.O_WRONLY, 0)
		if err == nil {
			_, err = f.WriteAt(buf, disk.end) // over an unsound tail, if any
			if err == nil {
				err = f.Truncate(disk.end + int64(len(buf)))
			}
			if cerr := f.Close(); err == nil {
				err = cerr
			}
		}
		if err != nil {
			os.Remove(name)
		}
		return
	}
	keys := make([]uint64, 0, len(items))
	size := 0
	for k, h := range items {
		keys = append(keys, k)
		size += len(h) + 16
	}
	slices.Sort(keys)
	buf := append(make([]byte, 0, size+256), s.itemsLabel(opts)...)
	for _, k := range keys {
		buf = appendItemRecord(buf, k, items[k])
	}
	tmp := name + ".tmp"
	if err := os.WriteFile(tmp, buf, 0o644); err != nil || os.Rename(tmp, name) != nil {
		os.Remove(tmp)
		os.Remove(name)
	}
}
