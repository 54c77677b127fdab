#include "app/application.h"

int main(int argc, char **argv)
{
    return vigie::app::runVigie(argc, argv);
}
