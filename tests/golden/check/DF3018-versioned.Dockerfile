FROM centos:7
RUN yum install -y httpd-2.4.6-99.el7 python3-devel-3.6.8 && yum clean all
