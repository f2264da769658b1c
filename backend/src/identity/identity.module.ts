import { Module } from '@nestjs/common';
import { MeController } from './me/me.controller.js';
import { MeService } from './me/me.service.js';
import { MunicipalitiesController } from './municipalities/municipalities.controller.js';
import { MunicipalitiesService } from './municipalities/municipalities.service.js';
import { UsersController } from './users/users.controller.js';
import { UsersRepository } from './users/users.repository.js';
import { UsersService } from './users/users.service.js';

@Module({
  controllers: [MeController, MunicipalitiesController, UsersController],
  providers: [MeService, MunicipalitiesService, UsersRepository, UsersService],
  exports: [MeService, MunicipalitiesService, UsersRepository, UsersService],
})
export class IdentityModule {}
