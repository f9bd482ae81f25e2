//go:build linux || darwin || freebsd

package build

import (
	"os"

	"golang.org/x/sys/unix"
)

// mapFile maps name into memory, read-only; unmap releases it.
func mapFile(name string) ([]byte, func(), error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, nil, err
	}
	if st.Size() == 0 {
		return nil, func() {}, nil
	}
	data, err := unix.Mmap(int(f.Fd()), 0, int(st.Size()), unix.PROT_READ, unix.MAP_SHARED)
	if err != nil {
		return nil, nil, err
	}
	return data, func() { unix.Munmap(data) }, nil
}

// dropResident lets the operating system take back the pages of data, mapped by mapFile,
// until they are read again, when they come back from the page cache: the mapping stays
// valid, and only the pages in use count towards the process's memory.
func dropResident(data []byte) {
	if len(data) > 0 {
		unix.Madvise(data, unix.MADV_DONTNEED)
	}
}
