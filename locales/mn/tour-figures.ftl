# `toli new tour`: the optional charts of a step, commented out in the new file.
skeleton-tour-figures = заавал биш: илтгэлийн үеэр энэ алхам дээр `f` товчоор харуулах, гарын авлагад алхмын дараа хэвлэгдэх графикуудын таних нэрс; ашиглах бол эхний # тэмдгийг арилгана
