FROM a
RUN <<-FIRST <<"SECOND" 3<<'THIRD'
	echo first $HOME
	FIRST
echo second $HOME
SECOND
echo third
THIRD
COPY <<A <<B /dest/
a
A
b
B
