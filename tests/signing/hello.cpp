// The smallest Windows program, signed and verified by check-sign.sh.
#include <cstdio>

int main()
{
    std::puts("Mailgun Recovery Assistant signing test");
    return 0;
}
