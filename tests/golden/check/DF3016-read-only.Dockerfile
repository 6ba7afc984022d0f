FROM centos:7
RUN yum list installed && yum info httpd && yum clean all
