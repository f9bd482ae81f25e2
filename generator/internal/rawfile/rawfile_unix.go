//go:build unix

package rawfile

import (
	"io/fs"
	"syscall"
)

// ReadFile reads the whole file name: open, a stat for its size, one read of exactly that
// (more only if the file grew meanwhile or reports no size), close.
func ReadFile(name string) ([]byte, error) {
	fd, err := open(name, syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
	if err != nil {
		return nil, &fs.PathError{Op: "open", Path: name, Err: err}
	}
	defer syscall.Close(fd)
	var st syscall.Stat_t
	if err := syscall.Fstat(fd, &st); err != nil {
		return nil, &fs.PathError{Op: "stat", Path: name, Err: err}
	}
	size := int(st.Size)
	if size <= 0 {
		size = 512 // a file that reports no size: read to its end
	}
	data := make([]byte, size)
	n, err := readFull(fd, data)
	if err != nil {
		return nil, &fs.PathError{Op: "read", Path: name, Err: err}
	}
	if n < len(data) || st.Size > 0 && n == int(st.Size) {
		return data[:n], nil
	}
	for { // grew, or no size was given
		data = append(data, 0)[:len(data)]
		m, err := readFull(fd, data[len(data):cap(data)])
		if err != nil {
			return nil, &fs.PathError{Op: "read", Path: name, Err: err}
		}
		data = data[:len(data)+m]
		if len(data) < cap(data) {
			return data, nil
		}
	}
}

// readFull reads into buf until it is full or the file ends, and returns how much it read.
func readFull(fd int, buf []byte) (int, error) {
	n := 0
	for n < len(buf) {
		m, err := syscall.Read(fd, buf[n:])
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return n, err
		}
		if m == 0 {
			break
		}
		n += m
	}
	return n, nil
}

// WriteFile writes data to the file name, creating it with perm or truncating it.
func WriteFile(name string, data []byte, perm fs.FileMode) error {
	fd, err := open(name, syscall.O_WRONLY|syscall.O_CREAT|syscall.O_TRUNC|syscall.O_CLOEXEC, uint32(perm.Perm()))
	if err != nil {
		return &fs.PathError{Op: "open", Path: name, Err: err}
	}
	for len(data) > 0 {
		n, err := syscall.Write(fd, data)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			syscall.Close(fd)
			return &fs.PathError{Op: "write", Path: name, Err: err}
		}
		data = data[n:]
	}
	if err := syscall.Close(fd); err != nil {
		return &fs.PathError{Op: "close", Path: name, Err: err}
	}
	return nil
}

// open is syscall.Open, tried again when a signal interrupts it.
func open(name string, mode int, perm uint32) (int, error) {
	for {
		fd, err := syscall.Open(name, mode, perm)
		if err != syscall.EINTR {
			return fd, err
		}
	}
}
