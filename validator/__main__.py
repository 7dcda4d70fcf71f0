"""``python -m validator``: the same command line as ``coupon-validator``."""

from validator.cli import main

if __name__ == "__main__":
    main()
