package main

import "fmt"

// Open addressing hash table with linear probing and tombstones.
type slot struct {
	key   string
	val   int
	state byte // 0 empty, 1 full, 2 deleted
}

type Table struct {
	slots []slot
	count int
	tombs int
}

func hash(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

func NewTable() *Table { return &Table{slots: make([]slot, 8)} }

func (t *Table) find(key string) (int, bool) {
	mask := uint32(len(t.slots) - 1)
	i := hash(key) & mask
	firstTomb := -1
	for {
		s := &t.slots[i]
		switch s.state {
		case 0:
			if firstTomb >= 0 {
				return firstTomb, false
			}
			return int(i), false
		case 1:
			if s.key == key {
				return int(i), true
			}
		case 2:
			if firstTomb < 0 {
				firstTomb = int(i)
			}
		}
		i = (i + 1) & mask
	}
}

func (t *Table) grow() {
	old := t.slots
	t.slots = make([]slot, len(old)*2)
	t.count, t.tombs = 0, 0
	for _, s := range old {
		if s.state == 1 {
			t.Put(s.key, s.val)
		}
	}
}

func (t *Table) Put(key string, val int) {
	if (t.count+t.tombs+1)*4 > len(t.slots)*3 {
		t.grow()
	}
	i, found := t.find(key)
	if !found {
		if t.slots[i].state == 2 {
			t.tombs--
		}
		t.count++
	}
	t.slots[i] = slot{key, val, 1}
}

func (t *Table) Get(key string) (int, bool) {
	i, found := t.find(key)
	if !found {
		return 0, false
	}
	return t.slots[i].val, true
}

func (t *Table) Delete(key string) bool {
	i, found := t.find(key)
	if !found {
		return false
	}
	t.slots[i] = slot{state: 2}
	t.count--
	t.tombs++
	return true
}

func main() {
	t := NewTable()
	for i := 0; i < 100; i++ {
		t.Put(fmt.Sprintf("key%d", i), i*i)
	}
	fmt.Println(t.count, len(t.slots))
	for i := 0; i < 100; i += 3 {
		t.Delete(fmt.Sprintf("key%d", i))
	}
	fmt.Println(t.count, t.tombs)
	sum := 0
	missing := 0
	for i := 0; i < 110; i++ {
		if v, ok := t.Get(fmt.Sprintf("key%d", i)); ok {
			sum += v
		} else {
			missing++
		}
	}
	fmt.Println(sum, missing)
	t.Put("key3", -3)
	v, ok := t.Get("key3")
	fmt.Println(v, ok, t.count, t.Delete("nope"))
	fmt.Println(hash(""), hash("a"), hash("hello"))
}
