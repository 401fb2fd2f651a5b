#!/bin/sh
# Rebuild the held-out set 90-97 texts from raw/ (run from the folder holding docs/, raw/, tools/).
set -e
P=tools/page_conv.py
python3 $P raw/90-bc-cd-thcs-tran-cao-van-tong-ket-2013-2014.page.txt docs/90-bc-cd-thcs-tran-cao-van-tong-ket-2013-2014.txt --cut
python3 $P raw/91-bc-cd-thcs-tran-phu-tong-ket-2021-2022.page.txt docs/91-bc-cd-thcs-tran-phu-tong-ket-2021-2022.txt --cut
python3 $P raw/92-kh-39-cdcs-thpt-ngoc-to-nam-hoc-2020-2021.page.txt docs/92-kh-39-cdcs-thpt-ngoc-to-nam-hoc-2020-2021.txt --cut
python3 $P raw/93-kh-01-cdcs-mn-son-ca-nam-hoc-2021-2022.page.txt docs/93-kh-01-cdcs-mn-son-ca-nam-hoc-2021-2022.txt --cut
python3 $P raw/94-kh-cdcs-mn-2-hue-thang-6-2022.page.txt docs/94-kh-cdcs-mn-2-hue-thang-6-2022.txt --table 3-6 --cut
python3 $P raw/95-kh-cd-thcs-luc-ba-nam-hoc-2018-2019.page.txt docs/95-kh-cd-thcs-luc-ba-nam-hoc-2018-2019.txt
python3 $P raw/96-qd-1454-tld-cong-tac-thong-ke.page.txt docs/96-qd-1454-tld-cong-tac-thong-ke.txt --table 1-6 --cut 2
python3 tools/tvpl_conv.py raw/97-hd-37-btgdvtw-ban-tin-sinh-hoat-chi-bo.md docs/97-hd-37-btgdvtw-ban-tin-sinh-hoat-chi-bo.txt
