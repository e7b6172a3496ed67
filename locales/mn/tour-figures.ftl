# `toli new tour`: the optional charts of a step, commented out in the new file.
skeleton-tour-figures = заавал биш: танилцуулгын үеэр энэ алхам дээр `f` товчоор харуулах, тараах материалд алхмын дараа хэвлэгдэх зураг, хүснэгтийн таних нэрс; ашиглах бол эхний # тэмдгийг арилгана
