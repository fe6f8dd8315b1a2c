package graph

import (
	"bufio"
	"encoding/binary"
	"fmt"
	"io"
	"os"
)

// sigFile keeps the MinHash signatures of a run in a temporary file, so
// that memory does not grow by a kilobyte an article: a 100k-article load
// keeps only ids and sizes in memory. The file is removed as soon as it is
// open (it lives until the process closes it). Should the file not be
// creatable, signatures stay in memory.
type sigFile struct {
	f   *os.File
	w   *bufio.Writer
	mem []uint32 // when there is no file
	n   int
}

const sigBytes = 4 * sigSize

func (s *sigFile) append(sig []uint32) {
	if s.f == nil && s.mem == nil {
		if f, err := os.CreateTemp("", "newsgraph-minhash-*"); err == nil {
			os.Remove(f.Name())
			s.f, s.w = f, bufio.NewWriterSize(f, 64<<10)
		}
	}
	s.n++
	if s.f == nil {
		s.mem = append(s.mem, sig...)
		return
	}
	var buf [sigBytes]byte
	for i, v := range sig {
		binary.LittleEndian.PutUint32(buf[4*i:], v)
	}
	if _, err := s.w.Write(buf[:]); err != nil {
		panic(fmt.Sprintf("newsgraph: writing the temporary MinHash file: %v", err))
	}
}

// columns returns positions [from, to) of every signature, one slice a
// position, in one pass over the file.
func (s *sigFile) columns(from, to int) [][]uint32 {
	cols := make([][]uint32, to-from)
	for c := range cols {
		cols[c] = make([]uint32, s.n)
	}
	if s.f == nil {
		for i := 0; i < s.n; i++ {
			for c := range cols {
				cols[c][i] = s.mem[i*sigSize+from+c]
			}
		}
		return cols
	}
	s.flush()
	r := bufio.NewReaderSize(io.NewSectionReader(s.f, 0, int64(s.n)*sigBytes), 256<<10)
	var buf [sigBytes]byte
	for i := 0; i < s.n; i++ {
		if _, err := io.ReadFull(r, buf[:]); err != nil {
			panic(fmt.Sprintf("newsgraph: reading the temporary MinHash file: %v", err))
		}
		for c := range cols {
			cols[c][i] = binary.LittleEndian.Uint32(buf[4*(from+c):])
		}
	}
	return cols
}

// get returns signature i, in buf when it must be read.
func (s *sigFile) get(i int, buf []uint32) []uint32 {
	if s.f == nil {
		return s.mem[i*sigSize : (i+1)*sigSize]
	}
	s.flush()
	var raw [sigBytes]byte
	if _, err := s.f.ReadAt(raw[:], int64(i)*sigBytes); err != nil {
		panic(fmt.Sprintf("newsgraph: reading the temporary MinHash file: %v", err))
	}
	for j := range buf[:sigSize] {
		buf[j] = binary.LittleEndian.Uint32(raw[4*j:])
	}
	return buf[:sigSize]
}

func (s *sigFile) flush() {
	if err := s.w.Flush(); err != nil {
		panic(fmt.Sprintf("newsgraph: writing the temporary MinHash file: %v", err))
	}
}

// close removes the file; the index is empty afterwards.
func (s *sigFile) close() {
	if s.f != nil {
		s.f.Close()
	}
	*s = sigFile{}
}
