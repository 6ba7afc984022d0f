FROM alpine:3.20 AS base
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
ONBUILD COPY --from=base /a /a
FROM base AS s0
FROM base AS s1
FROM base AS s2
FROM base AS s3
FROM base AS s4
FROM base AS s5
FROM base AS s6
FROM base AS s7
FROM base AS s8
FROM base AS s9
FROM base AS s10
FROM base AS s11
FROM base AS s12
FROM base AS s13
FROM base AS s14
FROM base AS s15
FROM base AS s16
FROM base AS s17
FROM base AS s18
FROM base AS s19
FROM base AS s20
FROM base AS s21
FROM base AS s22
FROM base AS s23
FROM base AS s24
FROM base AS s25
FROM base AS s26
FROM base AS s27
FROM base AS s28
FROM base AS s29
FROM base AS s30
FROM base AS s31
FROM base AS s32
FROM base AS s33
FROM base AS s34
FROM base AS s35
FROM base AS s36
FROM base AS s37
FROM base AS s38
FROM base AS s39
FROM base AS s40
FROM base AS s41
FROM base AS s42
FROM base AS s43
FROM base AS s44
FROM base AS s45
FROM base AS s46
FROM base AS s47
FROM base AS s48
FROM base AS s49
FROM base AS s50
FROM base AS s51
FROM base AS s52
FROM base AS s53
FROM base AS s54
FROM base AS s55
FROM base AS s56
FROM base AS s57
FROM base AS s58
FROM base AS s59
FROM base AS s60
FROM base AS s61
FROM base AS s62
FROM base AS s63
FROM base AS s64
FROM base AS s65
FROM base AS s66
FROM base AS s67
FROM base AS s68
FROM base AS s69
FROM base AS s70
FROM base AS s71
FROM base AS s72
FROM base AS s73
FROM base AS s74
FROM base AS s75
FROM base AS s76
FROM base AS s77
FROM base AS s78
FROM base AS s79
FROM base AS s80
FROM base AS s81
FROM base AS s82
FROM base AS s83
FROM base AS s84
FROM base AS s85
FROM base AS s86
FROM base AS s87
FROM base AS s88
FROM base AS s89
FROM base AS s90
FROM base AS s91
FROM base AS s92
FROM base AS s93
FROM base AS s94
FROM base AS s95
FROM base AS s96
FROM base AS s97
FROM base AS s98
FROM base AS s99
FROM base AS s100
FROM base AS s101
FROM base AS s102
FROM base AS s103
FROM base AS s104
FROM base AS s105
FROM base AS s106
FROM base AS s107
FROM base AS s108
FROM base AS s109
FROM base AS s110
FROM base AS s111
FROM base AS s112
FROM base AS s113
FROM base AS s114
FROM base AS s115
FROM base AS s116
FROM base AS s117
FROM base AS s118
FROM base AS s119
FROM base AS s120
FROM base AS s121
FROM base AS s122
FROM base AS s123
FROM base AS s124
FROM base AS s125
FROM base AS s126
FROM base AS s127
FROM base AS s128
FROM base AS s129
FROM base AS s130
FROM base AS s131
FROM base AS s132
FROM base AS s133
FROM base AS s134
FROM base AS s135
FROM base AS s136
FROM base AS s137
FROM base AS s138
FROM base AS s139
FROM base AS s140
FROM base AS s141
FROM base AS s142
FROM base AS s143
FROM base AS s144
FROM base AS s145
FROM base AS s146
FROM base AS s147
FROM base AS s148
FROM base AS s149
FROM base AS s150
FROM base AS s151
FROM base AS s152
FROM base AS s153
FROM base AS s154
FROM base AS s155
FROM base AS s156
FROM base AS s157
FROM base AS s158
FROM base AS s159
FROM base AS s160
FROM base AS s161
FROM base AS s162
FROM base AS s163
FROM base AS s164
FROM base AS s165
FROM base AS s166
FROM base AS s167
FROM base AS s168
FROM base AS s169
FROM base AS s170
FROM base AS s171
FROM base AS s172
FROM base AS s173
FROM base AS s174
FROM base AS s175
FROM base AS s176
FROM base AS s177
FROM base AS s178
FROM base AS s179
FROM base AS s180
FROM base AS s181
FROM base AS s182
FROM base AS s183
FROM base AS s184
FROM base AS s185
FROM base AS s186
FROM base AS s187
FROM base AS s188
FROM base AS s189
FROM base AS s190
FROM base AS s191
FROM base AS s192
FROM base AS s193
FROM base AS s194
FROM base AS s195
FROM base AS s196
FROM base AS s197
FROM base AS s198
FROM base AS s199
FROM base AS s200
