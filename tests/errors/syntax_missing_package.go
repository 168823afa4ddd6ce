import "fmt" // ERROR "package statement must be first|expected .package., found .import."

func main() {
	fmt.Println()
}
