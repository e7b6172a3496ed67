note-more-lines = … дахиад { $count } мөр (бүтнээр нь үзэх бол e дарна уу)
